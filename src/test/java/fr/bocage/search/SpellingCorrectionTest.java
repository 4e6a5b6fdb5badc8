package fr.bocage.search;

import static fr.bocage.search.Resources.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "Did you mean" and typo tolerance, on a real DOCS.index(). */
class SpellingCorrectionTest {

    @RegisterExtension
    static final TestIndex DOCS = new TestIndex(
            resource(1).title("Inventaire des zones humides").content("La biodiversité des zones humides."),
            resource(2).title("Mares et amphibiens"),
            resource(3).title("Étangs de pêche"),
            resource(4).title("Étangs et canaux"),
            resource(5).title("Document interne").content("Tourbière confidentielle").published(false));

    @Test
    void aQueryFindingNothingIsAnsweredByItsCorrection() throws IOException {
        SearchResult result = DOCS.search().search(SearchRequest.of("biodivresité"));
        assertTrue(result.corrected());
        assertEquals("biodiversité", result.suggestion());
        assertEquals(List.of(1L), ids(result));
    }

    @Test
    void correctWordsAndTheRestOfTheQueryAreKept() throws IOException {
        SearchResult result = DOCS.search().search(SearchRequest.of("\"zones humdies\" -pêche"));
        assertEquals("\"zones humides\" -pêche", result.suggestion());
        assertEquals(List.of(1L), ids(result));
    }

    @Test
    void fewResultsGetASuggestionThatFindsMore() throws IOException {
        SearchResult result = DOCS.search().search(SearchRequest.of("mares OU étnags"));
        assertFalse(result.corrected());
        assertEquals("mares OU étangs", result.suggestion());
        assertEquals(List.of(2L), ids(result), "the results stay those of the query as typed");
    }

    @Test
    void exactSearchesAndGoodQueriesAreNotCorrected() throws IOException {
        SearchResult exact = DOCS.search().search(new SearchRequest("biodivresité", Map.of(), null, 1, 20, false, true));
        assertEquals(0, exact.total());
        assertNull(exact.suggestion());
        SearchResult good = DOCS.search().search(SearchRequest.of("étangs"));
        assertNull(good.suggestion());
        assertEquals(2, good.total());
    }

    @Test
    void wordsOfUnpublishedResourcesAreNeverSuggested() throws IOException {
        SearchResult result = DOCS.search().search(SearchRequest.of("tourbièer"));
        assertEquals(0, result.total());
        assertNull(result.suggestion());
    }

    @Test
    void wordsOfUnpublishedResourcesAreNotSuggestedBesideAWordThatFindsMore() throws IOException {
        // The correction finds more through its other word: before, the draft's word rode along with it.
        SearchResult result = DOCS.search().search(SearchRequest.of("tourbièer OU amphibeins"));
        assertEquals("tourbièer OU amphibiens", result.suggestion());
    }

    @Test
    void wordsOfAResourceNoLongerPublishedAreNotSuggested() throws IOException {
        Resources.index(DOCS.index(), resource(6).title("Sphaignes des landes"));
        Resources.index(DOCS.index(), resource(6).title("Sphaignes des landes").revision(2).published(false));
        SearchResult result = DOCS.search().search(SearchRequest.of("sphaigens OU amphibeins"));
        assertEquals("sphaigens OU amphibiens", result.suggestion());
    }

    @Test
    void prefixesAndUnknownWordsWithoutNeighboursStayAsTyped() throws IOException {
        assertNull(DOCS.search().search(SearchRequest.of("amphi*")).suggestion());
        SearchResult nothing = DOCS.search().search(SearchRequest.of("xylophone"));
        assertEquals(0, nothing.total());
        assertNull(nothing.suggestion());
    }

    private static List<Long> ids(SearchResult result) {
        return result.hits().stream().map(SearchResult.Hit::id).sorted().toList();
    }
}
