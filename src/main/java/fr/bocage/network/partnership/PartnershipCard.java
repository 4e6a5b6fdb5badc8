package fr.bocage.network.partnership;

/** A partnership in a list: its title and page, its years, its programme's name (or null), how many parties. */
public record PartnershipCard(String title, String url, String years, String programme, int parties) {

    static PartnershipCard of(PartnershipView p) {
        return new PartnershipCard(p.title(), p.page(), Years.label(p.startYear(), p.endYear()),
                p.programme() == null ? null : p.programme().name(), p.parties().size());
    }
}
