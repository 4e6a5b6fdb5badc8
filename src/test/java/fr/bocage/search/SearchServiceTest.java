package fr.bocage.search;

import static fr.bocage.search.Resources.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.platform.error.InvalidInput;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SearchServiceTest {

    @RegisterExtension
    static final TestIndex COURSES = new TestIndex(resource(1).course("introduction", "self-paced"),
            resource(2).course("expert", "in-person"), resource(3).type("guide"));

    @RegisterExtension
    static final TestIndex DOCS = new TestIndex(
            resource(1).type("guide").themes("eau", "sol").territory("bretagne").audiences("elus").year(2020)
                    .date(LocalDate.of(2020, 3, 1)),
            resource(2).type("guide").themes("eau").territory("bretagne").audiences("techniciens").year(2021)
                    .date(LocalDate.of(2021, 5, 1)),
            resource(3).type("fiche").themes("haie").territory("normandie").audiences("elus", "techniciens")
                    .year(2021).format("docx"),
            resource(4).type("fiche").themes("eau", "haie").territory("normandie").audiences("agriculteurs")
                    .year(2022).format("odt").date(LocalDate.of(2022, 1, 10)),
            resource(5).type("rapport").themes("sol").territory("bretagne").audiences("elus").year(2022)
                    .language("en").date(LocalDate.of(2022, 6, 1)),
            resource(6).type("rapport").themes("haie").territory("occitanie").audiences("techniciens").year(2023)
                    .format("html").date(LocalDate.of(2023, 2, 1)),
            resource(7).type("guide").themes("sol").territory("occitanie").audiences("agriculteurs").year(2023)
                    .date(LocalDate.of(2023, 9, 1)),
            resource(8).type("video").territory("occitanie").language(null).format("html"),
            resource(9).type("guide").themes("eau").territory("bretagne").audiences("elus").year(2024)
                    .date(LocalDate.of(2024, 1, 1)).published(false),
            resource(10).type("fiche").themes("haie").territory("normandie").audiences("elus").year(2019)
                    .format("txt").date(LocalDate.of(2019, 12, 31)));

    @RegisterExtension
    static final TestIndex TERRITORIES = new TestIndex(resource(1).territory("bretagne").type("guide"),
            resource(2).territory("national").type("guide"), resource(3).territory("normandie").type("guide"),
            resource(4).territory("national").type("fiche"), resource(5).territory("international").type("guide"),
            resource(6).territory("national").type("guide").published(false));

    @Test
    void searchingAmongSomeResourcesKeepsTheFiltersAndLeavesOutTheUnpublished() throws IOException {
        SearchRequest guides = new SearchRequest("", Map.of("type", List.of("guide")), SearchRequest.Sort.DATE, 1, 20,
                false);
        SearchResult among = DOCS.search().searchAmong(guides, List.of(2L, 3L, 7L, 9L));
        assertEquals(List.of(2L, 7L), sortedIds(among), "the guides among them; 9 is unpublished");
        assertEquals(2, among.total());
        assertEquals(0, DOCS.search().searchAmong(guides, List.of()).total(), "among none: nothing");
        assertEquals(0, DOCS.search().searchAmong(guides, List.of(404L)).total());
    }

    @Test
    void aRegionBringsTheNationalResourcesUnlessAskedNotTo() throws IOException {
        Map<String, List<String>> bretagne = Map.of("territory", List.of("bretagne"));
        SearchResult included = TERRITORIES.search().search(request(bretagne));
        assertEquals(List.of(1L, 2L, 4L), sortedIds(included), "published national ones only");
        assertEquals("guide=2 fiche=1", counts(included, "type"), "counted with the region's");
        assertEquals("bretagne=1 international=1 national=2 normandie=1", sortedCounts(included, "territory"),
                "the territory's own counts stay those of each value");

        SearchResult regionOnly = TERRITORIES.search().search(
                new SearchRequest("", bretagne, null, 1, 20, false, false, false));
        assertEquals(List.of(1L), sortedIds(regionOnly));

        assertEquals(List.of(2L, 4L), sortedIds(TERRITORIES.search().search(
                request(Map.of("territory", List.of("national"))))), "national asked: no more");
        assertEquals(6 - 1, TERRITORIES.search().search(request(Map.of())).total(), "no territory: everything");
    }

    @Test
    void nationalIsReadTheLastValueWinning() {
        FacetVocabulary codes = new FacetVocabulary() {
            @Override
            public String label(String dimension, String code) {
                return code;
            }

            @Override
            public String code(String dimension, String input) {
                return input;
            }
        };
        assertTrue(SearchParameters.read(Map.of(), codes).includeNational());
        assertFalse(SearchParameters.read(Map.of("national", List.of("false")), codes).includeNational());
        assertTrue(SearchParameters.read(Map.of("national", List.of("false", "true")), codes).includeNational(),
                "a ticked box after its hidden false");
        assertThrows(InvalidInput.class, () -> SearchParameters.read(Map.of("national", List.of("oui")), codes));
    }

    @Test
    void countsEveryDimensionInDisplayOrder() throws IOException {
        SearchResult result = DOCS.search().search(request(Map.of()));

        assertEquals(9, result.total());
        assertEquals(List.of("type", "theme", "territory", "audience", "year", "language", "format", "level",
                "modality", "progress", "scheme", "actorKind", "engagement", "network", "eventKind", "eventFormat"), List.copyOf(result.facets().keySet()));
        assertTrue(result.facets().get("level").isEmpty(), "no course, no level");
        assertEquals("fiche=3 guide=3 rapport=2 video=1", counts(result, "type"));
        assertEquals("haie=4 eau=3 sol=3", counts(result, "theme"));
        assertEquals("bretagne=3 normandie=3 occitanie=3", counts(result, "territory"));
        assertEquals("elus=4 techniciens=3 agriculteurs=2", counts(result, "audience"));
        assertEquals("2023=2 2022=2 2021=2 2020=1 2019=1", counts(result, "year"));
        assertEquals("fr=7 en=1", counts(result, "language"));
        assertEquals("pdf=4 html=2 docx=1 odt=1 txt=1", counts(result, "format"));
    }

    @Test
    void selectedDimensionKeepsItsCountsWhileOthersNarrow() throws IOException {
        SearchResult result = DOCS.search().search(request(Map.of("type", List.of("guide"))));

        assertEquals(List.of(1L, 2L, 7L), sortedIds(result));
        assertEquals("fiche=3 guide=3 rapport=2 video=1", counts(result, "type"));
        assertEquals("eau=2 sol=2", counts(result, "theme"));
        assertEquals("bretagne=2 occitanie=1", counts(result, "territory"));
    }

    @Test
    void valuesOfOneDimensionCombineWithOr() throws IOException {
        SearchResult result = DOCS.search().search(request(Map.of("type", List.of("guide", "rapport"))));

        assertEquals(List.of(1L, 2L, 5L, 6L, 7L), sortedIds(result));
    }

    @Test
    void dimensionsCombineWithAnd() throws IOException {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put("type", List.of("guide"));
        filters.put("territory", List.of("bretagne"));
        SearchResult result = DOCS.search().search(request(filters));

        assertEquals(List.of(1L, 2L), sortedIds(result));
        assertEquals("guide=2 rapport=1", counts(result, "type"));
        assertEquals("bretagne=2 occitanie=1", counts(result, "territory"));
    }

    @Test
    void multiValuedDimensionMatchesAnyOfItsValues() throws IOException {
        SearchResult result = DOCS.search().search(request(Map.of("audience", List.of("techniciens"))));

        assertEquals(List.of(2L, 3L, 6L), sortedIds(result));
    }

    @Test
    void unpublishedResourcesAreHiddenUnlessIncluded() throws IOException {
        SearchResult published = DOCS.search().search(request(Map.of("year", List.of("2024"))));
        assertEquals(0, published.total());
        assertFalse(counts(DOCS.search().search(request(Map.of())), "year").contains("2024"));

        SearchResult all = DOCS.search().search(new SearchRequest("", Map.of(), SearchRequest.Sort.RELEVANCE, 1, 20, true));
        assertEquals(10, all.total());
        assertEquals("guide=4 fiche=3 rapport=2 video=1", counts(all, "type"));
        assertTrue(counts(all, "year").startsWith("2024=1 "));
    }

    @Test
    void sortsByDateNewestFirstFallingBackToYear() throws IOException {
        SearchResult result = DOCS.search().search(new SearchRequest(null, Map.of(), SearchRequest.Sort.DATE, 1, 20, false));

        assertEquals(List.of(7L, 6L, 5L, 4L, 2L, 3L, 1L, 10L, 8L), ids(result));
    }

    @Test
    void equalScoresAreOrderedByDate() throws IOException {
        assertEquals(List.of(7L, 6L, 5L, 4L, 2L, 3L, 1L, 10L, 8L), ids(DOCS.search().search(SearchRequest.of(""))));
    }

    @Test
    void pagesThroughTheSortedHits() throws IOException {
        SearchResult page2 = DOCS.search().search(new SearchRequest("", Map.of(), SearchRequest.Sort.DATE, 2, 3, false));

        assertEquals(List.of(4L, 2L, 3L), ids(page2));
        assertEquals(9, page2.total());
        assertEquals(2, page2.page());
        for (int[] pageAndSize : new int[][] {{5, 3}, {Integer.MAX_VALUE, 3}, {2_000_000_000, 2}}) {
            SearchResult beyond = DOCS.search().search(new SearchRequest("", Map.of(), SearchRequest.Sort.DATE,
                    pageAndSize[0], pageAndSize[1], false));
            assertEquals(List.of(), beyond.hits());
            assertEquals(9, beyond.total());
        }
    }

    @Test
    void hitsCarryTheirDisplayFields() throws IOException {
        SearchResult.Hit hit = DOCS.search().search(request(Map.of("type", List.of("fiche"), "year", List.of("2022"))))
                .hits().get(0);

        assertEquals(new SearchResult.Hit(4, "Ressource 4", "fiche", 2022, "normandie", List.of("eau", "haie"),
                "", hit.score()), hit);
    }

    @Test
    void coursesAreFacetedByLevelAndModality() throws IOException {
        SearchResult all = COURSES.search().search(request(Map.of()));
        assertEquals("expert=1 introduction=1", counts(all, "level"));
        assertEquals("in-person=1 self-paced=1", counts(all, "modality"));

        SearchResult expert = COURSES.search().search(request(Map.of("level", List.of("expert"))));
        assertEquals(List.of(2L), expert.hits().stream().map(SearchResult.Hit::id).toList());
        assertEquals("in-person=1", counts(expert, "modality"), "the other dimension narrows");
        assertEquals("expert=1 introduction=1", counts(expert, "level"), "the selected one keeps its counts");
    }

    @Test
    void emptyIndexAnswersWithEmptyFacets(@TempDir Path emptyDir) throws IOException {
        try (ResourceIndex empty = ResourceIndex.open(emptyDir)) {
            SearchResult result = new SearchService(empty).search(SearchRequest.of("zone"));

            assertEquals(0, result.total());
            assertEquals(FacetDimension.values().length, result.facets().size());
            assertTrue(result.facets().values().stream().allMatch(List::isEmpty));
        }
    }

    @Test
    void requestIsNormalised() {
        SearchRequest request = new SearchRequest("  eau ", Map.of("type", List.of(" guide", "", "guide")), null, 0,
                500, false);

        assertEquals("eau", request.query());
        assertEquals(Map.of("type", List.of("guide")), request.filters());
        assertEquals(SearchRequest.Sort.RELEVANCE, request.sort());
        assertEquals(1, request.page());
        assertEquals(SearchRequest.MAX_SIZE, request.size());
        assertThrows(IllegalArgumentException.class, () -> request(Map.of("colour", List.of("red"))));
    }

    private static SearchRequest request(Map<String, List<String>> filters) {
        return new SearchRequest("", filters, SearchRequest.Sort.RELEVANCE, 1, 20, false);
    }

    private static String counts(SearchResult result, String dimension) {
        return String.join(" ", result.facets().get(dimension).stream().map(v -> v.value() + "=" + v.count()).toList());
    }

    private static String sortedCounts(SearchResult result, String dimension) {
        return String.join(" ", result.facets().get(dimension).stream().map(v -> v.value() + "=" + v.count())
                .sorted().toList());
    }

    private static List<Long> ids(SearchResult result) {
        return result.hits().stream().map(SearchResult.Hit::id).toList();
    }

    private static List<Long> sortedIds(SearchResult result) {
        return ids(result).stream().sorted().toList();
    }
}
