package fr.bocage.network.partnership;

import fr.bocage.platform.rest.ApiNames;
import fr.bocage.search.FacetDimension;
import fr.bocage.search.FacetVocabulary;
import java.util.List;

/**
 * What a partnership's page shows.
 *
 * @param themes the themes' labels, comma-separated
 * @param programmeUrl its programme's page, or null
 */
public record PartnershipPage(PartnershipView partnership, String scale, String years, String themes,
        String territory, String programmeUrl, boolean editable) {

    /** @param editable whether the reader enters partnerships: they get the form and the convention's upload */
    static PartnershipPage of(PartnershipView p, FacetVocabulary vocabulary, boolean editable) {
        List<String> themes = p.themes().stream().map(c -> vocabulary.label(FacetDimension.THEME.parameter(), c)).toList();
        return new PartnershipPage(p, ApiNames.parse(PartnershipScale.class, p.scale()).orElseThrow().label(),
                Years.label(p.startYear(), p.endYear()), String.join(", ", themes),
                p.territory() == null ? null : vocabulary.label(FacetDimension.TERRITORY.parameter(), p.territory()),
                p.programme() == null ? null : ProgrammePages.PATH + p.programme().id(), editable);
    }
}
