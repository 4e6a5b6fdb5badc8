package fr.bocage.portal;

import fr.bocage.platform.web.Routes;
import fr.bocage.search.FacetDimension;
import fr.bocage.search.FacetVocabulary;
import fr.bocage.search.SearchResult;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A search hit as a page shows it (results, latest resources, similar resources): labels instead of codes. The
 * snippet is already HTML-safe.
 */
public final class HitView {
    /** The parameter of a resource page's link back to the search it was found by. */
    static final String RETURN = "retour";

    private final SearchResult.Hit hit;
    private final String typeLabel;
    private final String territoryLabel;
    private final List<String> themes;
    private final String search;

    /** @param search the search page the hit was found on, for the resource page to lead back to; or null */
    public HitView(SearchResult.Hit hit, FacetVocabulary vocabulary, String search) {
        this.hit = hit;
        this.search = search;
        this.typeLabel = hit.type() == null ? null : vocabulary.label(FacetDimension.TYPE.parameter(), hit.type());
        this.territoryLabel = hit.territory() == null ? null
                : vocabulary.label(FacetDimension.TERRITORY.parameter(), hit.territory());
        this.themes = hit.themes().stream()
                .map(theme -> vocabulary.label(FacetDimension.THEME.parameter(), theme)).toList();
    }

    public String getUrl() {
        String url = Routes.resource(hit.id());
        return search == null ? url : url + "?" + RETURN + "=" + URLEncoder.encode(search, StandardCharsets.UTF_8);
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

    /** The query's words this hit lacks (a relaxed search), struck through under its title. */
    public List<String> getMissing() {
        return hit.missing();
    }

    /** Theme labels, shown as a list: a label may hold a comma (« Agriculture, forêt, alimentation »). */
    public List<String> getThemes() {
        return themes;
    }

    public String getSnippet() {
        return hit.snippet();
    }
}
