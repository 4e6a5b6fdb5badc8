package fr.bocage.network.action;

import fr.bocage.catalog.ReportSections;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceDescription;
import fr.bocage.platform.rest.ApiNames;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * An action as the API shows it: its description, sections, actors and linked resources by id, and its indicator
 * values by indicator then year. {@code status} is its resource's (draft, submitted, published…), {@code progress}
 * the action's own (planned, ongoing, completed).
 */
@JsonbPropertyOrder({"id", "title", "summary", "themes", "territory", "commune", "status", "progress", "scheme",
        "startYear", "endYear", "budget", "funders", "leadActor", "partners", "linkedResources", "sections",
        "indicators"})
public record ActionView(long id, String title, String summary, List<String> themes, String territory,
        String commune, String status, String progress, String scheme, Integer startYear, Integer endYear,
        BigDecimal budget, List<String> funders, Long leadActor, List<Long> partners, List<Long> linkedResources,
        ReportSections sections, List<ValueView> indicators) {

    @JsonbPropertyOrder({"indicator", "year", "value"})
    public record ValueView(String indicator, int year, BigDecimal value) {
    }

    static ActionView of(Resource r, Action a) {
        ResourceDescription d = r.description();
        return new ActionView(r.getId(), d.title(), d.summary(), d.themes(), d.territory(), a.getCommune(),
                ApiNames.of(r.getStatus()), a.getProgress().code(), a.getScheme() == null ? null : a.getScheme().code(),
                a.getStartYear(), a.getEndYear(), a.getBudget(), a.getFunders(), a.getLeadActor(), a.getPartners(),
                a.getLinks(), r.getReport() == null ? ReportSections.of(s -> null) : r.getReport(),
                a.getValues().stream().map(v -> new ValueView(v.getIndicator(), v.getYear(), v.getAmount())).toList());
    }
}
