package fr.bocage.search;

import static fr.bocage.search.Resources.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.platform.error.InvalidInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The field's thesaurus (issue 16): read from SKOS in Turtle, widening queries at search time. */
class ThesaurusTest {

    @RegisterExtension
    static final TestIndex DOCS = new TestIndex(
            resource(1).title("La trame verte et bleue du Pays de Rennes").content("Corridors et réservoirs."),
            resource(2).title("Élaborer son PLUi").content("Le PLUi et la TVB : un guide."),
            resource(3).title("Plantations dans le bocage").content("Replanter des linéaires arborés."),
            resource(4).title("Haies champêtres").content("Planter des haies."),
            resource(5).title("Mares et points d'eau").published(false));

    private static Thesaurus shipped;
    private static SearchService search;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = ThesaurusTest.class.getResourceAsStream(ThesaurusStore.SHIPPED)) {
            shipped = Thesaurus.read(in);
        }
        search = new SearchService(DOCS.index(), () -> shipped);
    }

    @Test
    void theShippedThesaurusHoldsAboutOneHundredAndFiftyConceptsInGroups() {
        assertTrue(shipped.concepts().size() >= 150, "concepts: " + shipped.concepts().size());
        Thesaurus.Concept tvb = concept("trame verte et bleue");
        assertEquals(List.of("trame verte et bleue", "TVB", "continuités écologiques"), tvb.labels());
        assertEquals(List.of("Continuités écologiques"), tvb.broader());
    }

    @Test
    void anAcronymAndItsExpansionFindEachOther() throws IOException {
        SearchResult acronym = search.search(SearchRequest.of("TVB"));
        assertEquals(List.of(1L, 2L), ids(acronym));
        assertEquals("TVB", acronym.expansions().get(0).matched());
        assertTrue(acronym.expansions().get(0).added().contains("trame verte et bleue"));

        SearchResult expansion = search.search(SearchRequest.of("trames vertes et bleues"));
        assertEquals(List.of(1L, 2L), ids(expansion), "inflected as the index sees it");
        assertEquals(List.of(1L), ids(search.search(SearchRequest.of("trame verte et bleue Rennes"))));
        assertEquals(List.of(2L), ids(search.search(SearchRequest.of("plan local d'urbanisme intercommunal"))));
    }

    @Test
    void synonymsWidenTheQueryButExactWordsDoNot() throws IOException {
        assertEquals(List.of(3L, 4L), ids(search.search(SearchRequest.of("haies"))));
        SearchResult exact = search.search(new SearchRequest("haies", java.util.Map.of(),
                SearchRequest.Sort.RELEVANCE, 1, 20, false, true));
        assertEquals(List.of(4L), ids(exact));
        assertEquals(List.of(), exact.expansions());
        assertEquals(List.of(), ids(search.search(SearchRequest.of("mare"))), "never an unpublished resource");
    }

    @Test
    void phrasesExclusionsAndPrefixesStayAsTyped() {
        assertEquals("\"tvb\" -tvb tvb*", shipped.expand("\"tvb\" -tvb tvb*").text());
        assertEquals("(TVB|\"trame verte et bleue\"|\"continuités écologiques\") | haie*",
                shipped.expand("TVB | haie*").text());
        assertEquals("gestion", shipped.expand("gestion").text(), "no concept, no change");
        assertEquals(List.of(), shipped.expand("gestion").expansions());
    }

    @Test
    void aBrokenFileIsRefusedWithItsLine() {
        InvalidInput broken = assertThrows(InvalidInput.class, () -> read("""
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <urn:a> a skos:Concept ;
                    skos:prefLabel "haie"@fr
                    skos:altLabel "bocage"@fr .
                """));
        assertTrue(broken.getMessage().contains("ligne 4"), broken.getMessage());
        assertThrows(InvalidInput.class, () -> read("@prefix skos: <http://www.w3.org/2004/02/skos/core#> ."));
        InvalidInput unnamed = assertThrows(InvalidInput.class, () -> read("""
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <urn:x#haie> a skos:Concept ; skos:prefLabel "hedge"@en .
                """));
        assertTrue(unnamed.getMessage().contains("haie"), unnamed.getMessage());
    }

    private static Thesaurus read(String turtle) {
        return Thesaurus.read(new ByteArrayInputStream(turtle.getBytes(StandardCharsets.UTF_8)));
    }

    private static Thesaurus.Concept concept(String label) {
        return shipped.concepts().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow();
    }

    private static List<Long> ids(SearchResult result) {
        return result.hits().stream().map(SearchResult.Hit::id).sorted().toList();
    }
}
