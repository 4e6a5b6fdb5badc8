package fr.bocage.search;

import static fr.bocage.search.Resources.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Did you mean" and typo tolerance, on a real index. */
class SpellingCorrectionTest {

    @TempDir
    static Path dir;
    private static ResourceIndex index;
    private static SearchService search;

    @BeforeAll
    static void indexDocuments() throws IOException {
        index = ResourceIndex.open(dir);
        Resources.index(index,
                resource(1).title("Inventaire des zones humides").content("La biodiversité des zones humides."),
                resource(2).title("Mares et amphibiens"),
                resource(3).title("Étangs de pêche"),
                resource(4).title("Étangs et canaux"),
                resource(5).title("Document interne").content("Tourbière confidentielle").published(false));
        search = new SearchService(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void aQueryFindingNothingIsAnsweredByItsCorrection() throws IOException {
        SearchResult result = search.search(SearchRequest.of("biodivresité"));
        assertTrue(result.corrected());
        assertEquals("biodiversité", result.suggestion());
        assertEquals(List.of(1L), ids(result));
    }

    @Test
    void correctWordsAndTheRestOfTheQueryAreKept() throws IOException {
        SearchResult result = search.search(SearchRequest.of("\"zones humdies\" -pêche"));
        assertEquals("\"zones humides\" -pêche", result.suggestion());
        assertEquals(List.of(1L), ids(result));
    }

    @Test
    void fewResultsGetASuggestionThatFindsMore() throws IOException {
        SearchResult result = search.search(SearchRequest.of("mares OU étnags"));
        assertFalse(result.corrected());
        assertEquals("mares OU étangs", result.suggestion());
        assertEquals(List.of(2L), ids(result), "the results stay those of the query as typed");
    }

    @Test
    void exactSearchesAndGoodQueriesAreNotCorrected() throws IOException {
        SearchResult exact = search.search(new SearchRequest("biodivresité", Map.of(), null, 1, 20, false, true));
        assertEquals(0, exact.total());
        assertNull(exact.suggestion());
        SearchResult good = search.search(SearchRequest.of("étangs"));
        assertNull(good.suggestion());
        assertEquals(2, good.total());
    }

    @Test
    void wordsOfUnpublishedResourcesAreNeverSuggested() throws IOException {
        SearchResult result = search.search(SearchRequest.of("tourbièer"));
        assertEquals(0, result.total());
        assertNull(result.suggestion());
    }

    @Test
    void prefixesAndUnknownWordsWithoutNeighboursStayAsTyped() throws IOException {
        assertNull(search.search(SearchRequest.of("amphi*")).suggestion());
        SearchResult nothing = search.search(SearchRequest.of("xylophone"));
        assertEquals(0, nothing.total());
        assertNull(nothing.suggestion());
    }

    private static List<Long> ids(SearchResult result) {
        return result.hits().stream().map(SearchResult.Hit::id).sorted().toList();
    }
}
