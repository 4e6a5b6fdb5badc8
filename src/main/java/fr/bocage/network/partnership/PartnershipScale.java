package fr.bocage.network.partnership;

import fr.bocage.platform.Messages;
import fr.bocage.platform.rest.ApiNames;

/**
 * The four scales at which a network binds itself by convention (a regional convention of objectives, one per Parc,
 * local associations), and the national and European ones its programmes bring.
 */
public enum PartnershipScale {
    REGIONAL, TERRITORIAL, LOCAL, NATIONAL, EUROPEAN;

    public String code() {
        return ApiNames.of(this);
    }

    public String label() {
        return Messages.get("partnership.scale." + code());
    }
}
