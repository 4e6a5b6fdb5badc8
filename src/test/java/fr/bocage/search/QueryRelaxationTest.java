package fr.bocage.search;

import static fr.bocage.search.Resources.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Never a dead end (issue 16): relaxed queries, prefixes and corrections together, on a real index. */
class QueryRelaxationTest {

    private static final String CIRCLE = "reseau-haies";

    @RegisterExtension
    static final TestIndex DOCS = new TestIndex(
            resource(1).title("Adopter une vision globale grâce à un projet alimentaire territorial"),
            resource(2).title("Projet de territoire").content("Un projet global pour la commune."),
            resource(3).title("Restauration collective").content("Alimentaire, local et de saison."),
            resource(4).title("Haies et mares").content("Les haies bocagères bordent les mares."),
            resource(5).title("Haies bocagères").content("Planter des haies, entretenir les haies, haies haies."),
            resource(6).title("Mares forestières"),
            resource(7).title("Mangroves de Guadeloupe").content("Les mangroves protègent le littoral."),
            resource(8).title("Haies secrètes et mares cachées").published(false),
            resource(9).title("Haies du réseau et mares du réseau").circle(CIRCLE),
            resource(10).title("Glossaire").content("Un glossaire des termes de l'écologie."),
            resource(11).title("Marécages et haies"));

    @Test
    void oneWordTooManyStillFindsTheDocumentHoldingTheOthersFirst() throws IOException {
        SearchResult result = search("vision globale projet alimentaire xyzzy");
        assertTrue(result.total() > 0);
        assertEquals(1L, result.hits().get(0).id());
        assertEquals(List.of("xyzzy"), result.hits().get(0).missing());
        assertNotNull(result.relaxation());
        assertEquals(0, result.relaxation().fullMatches());
        assertTrue(result.relaxation().missing().contains("xyzzy"), result.relaxation().missing().toString());
    }

    @Test
    void documentsHoldingEveryWordComeFirstWhateverTheirTextScore() throws IOException {
        SearchResult result = search("haies mares");
        assertEquals(List.of(4L, 5L, 6L, 11L), ids(result).stream().sorted().toList());
        assertEquals(4L, result.hits().get(0).id(), "the only one holding both words, though 5 says haies more");
        assertEquals(List.of(), result.hits().get(0).missing());
        assertEquals(1, result.relaxation().fullMatches());
        assertEquals(List.of("haies", "mares"), result.relaxation().missing());
        assertEquals(List.of("mares"), hit(result, 5).missing());
        assertEquals(List.of("haies"), hit(result, 6).missing());
    }

    @Test
    void aTypoAndAnUnknownWordAreNoDeadEnd() throws IOException {
        SearchResult result = search("mangroce quasimodim");
        assertEquals(List.of(7L), ids(result));
        assertTrue(result.corrected(), "the hits are those of the corrected words");
        assertTrue(result.suggestion().startsWith("mangrove"), result.suggestion());
        assertEquals(List.of("quasimodim"), result.hits().get(0).missing());
    }

    @Test
    void relaxedSearchesShowNeitherUnpublishedNorMembersOnlyResources() throws IOException {
        SearchResult anonymous = search("haies mares cachées réseau");
        assertTrue(anonymous.total() > 0);
        assertTrue(ids(anonymous).stream().noneMatch(id -> id == 8L || id == 9L), ids(anonymous).toString());
        assertEquals(0, anonymous.relaxation().fullMatches());
        SearchResult member = DOCS.search().search(SearchRequest.of("haies mares cachées réseau")
                .withCircles(Set.of(CIRCLE)));
        assertEquals(9L, member.hits().get(0).id(), "a member finds the circle's resource, first: it holds three words");
        assertTrue(ids(member).stream().noneMatch(id -> id == 8L));
    }

    @Test
    void queriesWithSyntaxOrExactOnesAreNotRelaxed() throws IOException {
        for (SearchRequest request : List.of(SearchRequest.of("\"haies mares\" xyzzy"), SearchRequest.of("-haies xyzzy"),
                SearchRequest.of("(haies xyzzy)"), new SearchRequest("haies xyzzy", Map.of(), null, 1, 20, false, true))) {
            SearchResult result = DOCS.search().search(request);
            assertEquals(0, result.total(), request.query());
            assertNull(result.relaxation(), request.query());
        }
    }

    @Test
    void enoughFullMatchesAreNotRelaxed() throws IOException {
        SearchResult result = search("haies");
        assertNull(result.relaxation());
        assertTrue(result.hits().stream().allMatch(hit -> hit.missing().isEmpty()));
    }

    @Test
    void theLastWordBeingTypedAlsoMatchesAsAPrefix() throws IOException {
        SearchResult typing = DOCS.search().search(SearchRequest.of("projet alim").withLastWordPrefix(true));
        assertEquals(1L, typing.hits().get(0).id());
        assertEquals(List.of(), typing.hits().get(0).missing());
        assertEquals(1, typing.relaxation().fullMatches(), "« alimentaire » is held by the first hit");
        SearchResult typed = search("projet alim");
        assertEquals(0, typed.relaxation().fullMatches(), "without the prefix, alim is no word of the index");
        SearchResult single = DOCS.search().search(SearchRequest.of("glossai").withLastWordPrefix(true));
        assertEquals(List.of(10L), ids(single));
        SearchResult exactFirst = DOCS.search().search(SearchRequest.of("haies mare").withLastWordPrefix(true));
        assertEquals(List.of(4L, 11L), ids(exactFirst).subList(0, 2), "mares as typed before marécages");
        // The prefix loses its final e as the stems do ("mare*" is "mar*"), so it also meets the author Camille Martin.
        assertEquals(5L, ids(exactFirst).get(2), "holds haies and, through its author, mar*: after both");
    }

    @Test
    void aPrefixMeetsTheStemsOfTheWordsItStarts() throws IOException {
        assertEquals(List.of(3L), ids(DOCS.search().search(SearchRequest.of("collec").withLastWordPrefix(true))));
        assertEquals(List.of(1L, 2L), ids(DOCS.search().search(SearchRequest.of("territ").withLastWordPrefix(true)))
                .stream().sorted().toList(), "territorial, territoire");
        assertEquals(List.of(3L), ids(search("Collect*")));
    }

    @Test
    void levelsGoFromAllWordsButOneToOne() {
        assertEquals(List.of(1), QueryRelaxation.levels(2));
        assertEquals(List.of(2, 1), QueryRelaxation.levels(3));
        assertEquals(List.of(4, 3, 1), QueryRelaxation.levels(5));
    }

    private static SearchResult search(String query) throws IOException {
        return DOCS.search().search(SearchRequest.of(query));
    }

    private static SearchResult.Hit hit(SearchResult result, long id) {
        return result.hits().stream().filter(hit -> hit.id() == id).findFirst().orElseThrow();
    }

    private static List<Long> ids(SearchResult result) {
        return result.hits().stream().map(SearchResult.Hit::id).toList();
    }
}
