package fr.bocage.network.partnership;

/**
 * The four scales at which a network binds itself by convention (a regional convention of objectives, one per Parc,
 * local associations), and the national and European ones its programmes bring. Labels: {@code partnership.scale.*}.
 */
public enum PartnershipScale {
    REGIONAL, TERRITORIAL, LOCAL, NATIONAL, EUROPEAN
}
