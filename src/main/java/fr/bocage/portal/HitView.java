package fr.bocage.portal;

import fr.bocage.platform.web.Routes;
import fr.bocage.search.FacetDimension;
import fr.bocage.search.FacetVocabulary;
import fr.bocage.search.SearchResult;




/** A search hit as a page shows it: labels instead of codes. The snippet is already HTML-safe. */
public final class HitView {
    private final SearchResult.Hit hit;
    private final String typeLabel;
    private final String territoryLabel;
    private final String themes;

    HitView(SearchResult.Hit hit, FacetVocabulary vocabulary) {
        this.hit = hit;
        this.typeLabel = hit.type() == null ? null : vocabulary.label(FacetDimension.TYPE.parameter(), hit.type());
        this.territoryLabel = hit.territory() == null ? null
                : vocabulary.label(FacetDimension.TERRITORY.parameter(), hit.territory());
        this.themes = String.join(", ", hit.themes().stream()
                .map(theme -> vocabulary.label(FacetDimension.THEME.parameter(), theme)).toList());
    }

    public String getUrl() {
        return Routes.resource(hit.id());
    }

    public String getTitle() {
        return hit.title();
    }

    public String getTypeLabel() {
        return typeLabel;
    }

    public Integer getYear() {
        return hit.year();
    }

    public String getTerritoryLabel() {
        return territoryLabel;
    }

    /** Theme labels, comma-separated. */
    public String getThemes() {
        return themes;
    }

    public String getSnippet() {
        return hit.snippet();
    }
}
