package fr.bocage.search;

import static fr.bocage.search.Resources.resource;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.platform.security.Circles;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Members-only resources on a real index: a visitor and an outsider find nothing of them (hits, totals, facet
 * counts, corrections, completions, similar resources); a member of their circle finds them in search and among
 * similar resources; completions and corrections never offer their words, whoever asks.
 */
class CircleFilterTest {
    private static final String CIRCLE = "network:7";
    private static final Set<String> OUTSIDER = Set.of("network:8");
    private static final Set<String> MEMBER = Set.of("network:8", CIRCLE);

    @RegisterExtension
    static final TestIndex DOCS = new TestIndex(
            resource(1).title("Haies et bocage").content("Plantation de haies champêtres.").themes("hedges"),
            resource(2).title("Haies du réseau : compte rendu").content("Plantation de haies, zorglubienne.")
                    .themes("hedges", "wetlands").type("report").circle(CIRCLE),
            resource(3).title("Haies du réseau : ordre du jour").content("Réunion zorglubienne des membres.")
                    .themes("wetlands").type("report").circle(CIRCLE),
            resource(4).title("Mares").content("Les mares du bocage."));

    private static Suggestions suggestions;

    @BeforeAll
    static void completions() throws IOException {
        suggestions = new Suggestions(DOCS.index());
        suggestions.refresh();
    }

    @AfterAll
    static void close() throws IOException {
        suggestions.close();
    }

    @Test
    void visitorsAndOutsidersFindNothingOfMembersOnlyResources() throws IOException {
        for (SearchRequest asked : List.of(SearchRequest.of("haies"), SearchRequest.of("haies").withCircles(OUTSIDER))) {
            SearchResult result = DOCS.search().search(asked);
            assertAll(
                    () -> assertEquals(List.of(1L), ids(result)),
                    () -> assertEquals(1, result.total()),
                    () -> assertEquals(Map.of("hedges", 1L), counts(result, "theme")),
                    () -> assertEquals(Map.of("guide", 1L), counts(result, "type")));
            assertEquals(0, DOCS.search().search(SearchRequest.of("zorglubienne").withCircles(asked.circles()))
                    .total());
        }
    }

    @Test
    void membersFindThemWithTheirCounts() throws IOException {
        SearchResult result = DOCS.search().search(SearchRequest.of("haies").withCircles(MEMBER));
        assertEquals(Set.of(1L, 2L, 3L), Set.copyOf(ids(result)));
        assertEquals(3, result.total());
        assertEquals(Map.of("hedges", 2L, "wetlands", 2L), counts(result, "theme"));
        SearchResult own = DOCS.search().search(SearchRequest.of("zorglubienne").withCircles(MEMBER));
        assertEquals(2, own.total());
        assertTrue(own.hits().get(0).snippet().contains("<mark>"), own.hits().get(0)::snippet);
    }

    @Test
    void administratorsSeeEveryCircle() throws IOException {
        assertEquals(3, DOCS.search().search(SearchRequest.of("haies").withCircles(Set.of(Circles.ALL))).total());
    }

    /** A correction shows a word to anybody: members-only words are never offered, not even to members. */
    @Test
    void noCorrectionOffersAMembersOnlyWord() throws IOException {
        for (Set<String> circles : List.of(Set.<String>of(), OUTSIDER, MEMBER)) {
            SearchResult result = DOCS.search().search(SearchRequest.of("zorglubeinne").withCircles(circles));
            assertNull(result.suggestion(), () -> circles + ": " + result.suggestion());
        }
    }

    @Test
    void completionsNeverOfferMembersOnlyTitlesOrWords() throws IOException {
        assertEquals(List.of(1L), suggestions.complete("haies").stream()
                .filter(s -> s.kind() == Suggestions.Kind.TITLE).map(Suggestions.Suggestion::id).toList());
        assertEquals(List.of(), suggestions.complete("réseau"));
        assertEquals(List.of(), suggestions.complete("zorglub"));
    }

    @Test
    void similarResourcesOfOutsidersAreOnlyPublic() throws IOException {
        SimilarResources similar = new SimilarResources(DOCS.index());
        assertTrue(similar.of(1).stream().allMatch(h -> h.id() == 4L), () -> similar.toString());
        assertTrue(similar.of(1, OUTSIDER).stream().allMatch(h -> h.id() == 4L));
        assertTrue(similar.of(1, MEMBER).stream().anyMatch(h -> h.id() == 2L));
    }

    private static List<Long> ids(SearchResult result) {
        return result.hits().stream().map(SearchResult.Hit::id).toList();
    }

    private static Map<String, Long> counts(SearchResult result, String dimension) {
        return result.facets().get(dimension).stream()
                .collect(java.util.stream.Collectors.toMap(SearchResult.FacetValue::value,
                        SearchResult.FacetValue::count));
    }
}
