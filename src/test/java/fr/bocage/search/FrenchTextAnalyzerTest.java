package fr.bocage.search;

import static fr.bocage.search.Resources.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchTextAnalyzerTest {

    private static final Analyzer ANALYZER = new FrenchTextAnalyzer();

    @RegisterExtension
    static final TestIndex DOCS = new TestIndex(
            resource(1).content("Restaurer une zone humide en bord de rivière."),
            resource(2).content("Principes d'écologie du paysage."),
            resource(3).content("La qualité de l'eau des mares."),
            resource(4).content("Protéger les haies du bocage."),
            resource(5).content("Les aménagements agricoles favorables."),
            resource(6).content("Restauration des haies champêtres."),
            resource(7).content("Réduire l'éclairage nocturne."),
            resource(8).content("Gestion différenciée des espaces verts."));

    @AfterAll
    static void close() {
        ANALYZER.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "zones humides|1", "zone humide|1", "ZONES HUMIDES|1",
            "ecologie|2", "écologie|2", "ÉCOLOGIE|2",
            "l'eau|3", "l’eau|3", "eau|3", "d'eau|3",
            "aménagement|5", "amenagements|5"})
    void findsInflectedAccentedAndElidedForms(String query, long expected) throws IOException {
        assertEquals(List.of(expected), ids(query));
    }

    @Test
    void apostrophesAndArticlesAreRemoved() throws IOException {
        assertEquals(List.of("eau"), tokens("l'eau"));
        assertEquals(List.of("eau"), tokens("L’EAU"));
        assertEquals(List.of("ecolog"), tokens("jusqu'à l'écologie"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "nous restaurons les haies|6", "restauration des haies|6", "la restauratrice des haies|6",
            "protection des haies|4", "protégeons les haies|4", "proteger les haies|4",
            "nous réduisons l'éclairage|7", "réduction de l'éclairage|7", "ils réduisent l'éclairage|7",
            "gérer les espaces verts|8", "nous gérons les espaces verts|8"})
    void conjugatedAndDerivedFormsMeet(String query, long expected) throws IOException {
        assertEquals(List.of(expected), fullMatches(query));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "réduire|réduisons", "réduire|réduit", "réduire|réduction", "faire|fait", "faire|faisons",
            "restaurer|restauration", "restaurer|restaurateur", "restaurons|restauratrice",
            "protéger|protection", "protégeons|protections", "gérer|gestion", "gère|gestion",
            "densifier|densification", "mutualisons|mutualisation", "optimisé|optimisation"})
    void verbsMeetTheirInfinitiveAndTheirNouns(String one, String other) throws IOException {
        assertFalse(Collections.disjoint(tokens(one), tokens(other)), tokens(one) + " " + tokens(other));
    }

    @Test
    void inflectionsStillConflate() throws IOException {
        assertEquals(tokens("aménagement"), tokens("aménagements"));
        assertEquals(tokens("naturel"), tokens("naturelle"));
        assertEquals(tokens("écologie"), tokens("ECOLOGIE"));
    }

    @Test
    void aWordTheDictionaryLacksIsStemmed() throws IOException {
        assertEquals(List.of("zorglubis"), tokens("zorglubisation"));
        assertEquals(tokens("zorglubisation"), tokens("zorglubiser"));
    }

    @Test
    void aFormWithSeveralLemmasGivesThemAtOnePosition() throws IOException {
        assertEquals(List.of("zon", "humid"), tokens("zones humides"), "zone and zoner meet once stemmed");
        assertEquals(List.of(6L), fullMatches("haie champêtre"));
    }

    @Test
    void theAuxiliariesAreNoLemmas() throws IOException {
        assertEquals(List.of("avion"), tokens("avions"), "not avoir");
        assertEquals(List.of("ete"), tokens("été"), "not être");
        assertEquals(List.of("somm"), tokens("sommes"), "not être");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"restaur*|1,6", "protég*|4", "proteg*|4", "protect*|4", "gest*|8", "rédui*|7"})
    void prefixesMeetTheStems(String query, String expected) throws IOException {
        List<Long> ids = fullMatches(query).stream().sorted().toList();
        assertEquals(Arrays.stream(expected.split(",")).map(Long::valueOf).toList(), ids);
    }

    @Test
    void completionsAndSuggestionsKeepTheWordsAsWritten() throws IOException {
        assertEquals(List.of("restaurons", "haies", "protégées"),
                tokens(FrenchTextAnalyzer.words(), "Nous restaurons les haies protégées"));
        assertEquals(List.of("restaurons", "haies", "protegees"),
                tokens(FrenchTextAnalyzer.folded(), "Nous restaurons les haies protégées"));
    }

    private static List<Long> ids(String query) throws IOException {
        return DOCS.search().search(SearchRequest.of(query)).hits().stream().map(SearchResult.Hit::id).toList();
    }

    /** The documents holding every word, not those a relaxed search adds. */
    private static List<Long> fullMatches(String query) throws IOException {
        return DOCS.search().search(SearchRequest.of(query)).hits().stream().filter(hit -> hit.missing().isEmpty())
                .map(SearchResult.Hit::id).toList();
    }

    private static List<String> tokens(String text) throws IOException {
        return tokens(ANALYZER, text);
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
