package fr.bocage.network.partnership;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceDescription;
import fr.bocage.platform.rest.ApiNames;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * A partnership as the API shows it: its parties those the caller may see, each with its name; {@code convention}
 * the address of the convention's file, if it has one.
 */
@JsonbPropertyOrder({"id", "title", "summary", "themes", "territory", "status", "scale", "startYear", "endYear",
        "budget", "programme", "parties", "objectives", "convention", "page"})
public record PartnershipView(long id, String title, String summary, List<String> themes, String territory,
        String status, String scale, Integer startYear, Integer endYear, BigDecimal budget, Named programme,
        List<Named> parties, List<String> objectives, String convention, String page) {

    /** An actor or a programme: its id and name. */
    public record Named(long id, String name) {
    }

    static PartnershipView of(Resource r, Partnership p, Named programme, List<Named> parties) {
        ResourceDescription d = r.description();
        return new PartnershipView(r.getId(), d.title(), d.summary(), d.themes(), d.territory(),
                ApiNames.of(r.getStatus()), ApiNames.of(p.getScale()), p.getStartYear(), p.getEndYear(),
                p.getBudget(), programme, parties, p.getObjectives(),
                r.getFile() == null ? null : "/api/resources/" + r.getId() + "/file",
                PartnershipPages.PATH + r.getId());
    }
}
