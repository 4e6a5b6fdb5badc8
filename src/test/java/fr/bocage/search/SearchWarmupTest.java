package fr.bocage.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchWarmupTest {

    /** Each word alone, paired with the next (the last with the first), and within one facet's commonest value. */
    @Test
    void warmsWordsPairsAndFacetsUpFromWhatTheIndexHolds() {
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        facets.put("type", List.of(new SearchResult.FacetValue("guide", 40), new SearchResult.FacetValue("webinar", 3)));
        facets.put("theme", List.of(new SearchResult.FacetValue("water", 25)));
        facets.put("territory", List.of());
        SearchResult all = new SearchResult(50, 1, 20, List.of(), facets);

        List<SearchRequest> searches = SearchWarmup.searches(all, List.of("haies", "mares", "prairies"));

        assertEquals(12, searches.size());
        assertEquals(List.of("haies", "haies mares", "haies", "\"haies mares\"",
                "mares", "mares prairies", "mares", "mares OR prairies",
                "prairies", "prairies haies", "prairies", "prairies -haies"),
                searches.stream().map(SearchRequest::query).toList());
        assertEquals(Map.of("type", List.of("guide")), searches.get(2).appliedFilters());
        assertEquals(Map.of("theme", List.of("water")), searches.get(6).appliedFilters());
        assertEquals(Map.of("type", List.of("guide")), searches.get(10).appliedFilters());
        assertTrue(searches.get(0).appliedFilters().isEmpty());
    }

    @Test
    void everyFourthWordIsSearchedByDateOnASecondPage() {
        List<SearchRequest> searches = SearchWarmup.searches(new SearchResult(0, 1, 20, List.of(), Map.of()),
                List.of("haies", "mares", "prairies", "bocage"));
        SearchRequest byDate = searches.get(searches.size() - 1);
        assertEquals("bocage", byDate.query());
        assertEquals(SearchRequest.Sort.DATE, byDate.sort());
        assertEquals(2, byDate.page());
    }

    /** The thesaurus's labels in turn alone, within one facet, within two facets at once. */
    @Test
    void conceptLabelsAreSearchedWithNoneOneAndTwoFacets() {
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        facets.put("type", List.of(new SearchResult.FacetValue("guide", 40)));
        facets.put("theme", List.of(new SearchResult.FacetValue("water", 25)));
        facets.put("territory", List.of());
        SearchResult all = new SearchResult(50, 1, 20, List.of(), facets);

        List<SearchRequest> searches = SearchWarmup.conceptSearches(all,
                List.of("zone humide", "trame verte et bleue", "plan climat-air-énergie territorial", "mare"));

        assertEquals(List.of("zone humide", "trame verte et bleue", "plan climat-air-énergie territorial", "mare"),
                searches.stream().map(SearchRequest::query).toList());
        assertTrue(searches.get(0).appliedFilters().isEmpty());
        assertEquals(Map.of("theme", List.of("water")), searches.get(1).appliedFilters());
        assertEquals(Map.of("type", List.of("guide"), "theme", List.of("water")), searches.get(2).appliedFilters());
        assertTrue(searches.get(3).appliedFilters().isEmpty());
    }

    @Test
    void withoutFacetsLabelsAreSearchedAlone() {
        List<SearchRequest> searches = SearchWarmup.conceptSearches(new SearchResult(0, 1, 20, List.of(), Map.of()),
                List.of("zone humide", "mare", "haie"));
        assertTrue(searches.stream().allMatch(search -> search.appliedFilters().isEmpty()));
    }

    @Test
    void anEmptyIndexWarmsNothingUp() {
        assertTrue(SearchWarmup.searches(new SearchResult(0, 1, 20, List.of(), Map.of()), List.of()).isEmpty());
    }
}
