package fr.bocage.search;

import static fr.bocage.search.Resources.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
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
            resource(5).content("Les aménagements agricoles favorables."));

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

    @Test
    void lightStemmerJoinsInflectionsButNotDerivations() throws IOException {
        assertEquals(tokens("aménagement"), tokens("aménagements"));
        assertEquals(tokens("naturel"), tokens("naturelle"));
        assertEquals(List.of(), ids("protection"), "protéger and protection stay apart");
        assertEquals(List.of(), ids("restauration"), "restaurer and restauration stay apart");
        assertEquals(List.of(4L), ids("protéger"));
    }

    private static List<Long> ids(String query) throws IOException {
        return DOCS.search().search(SearchRequest.of(query)).hits().stream().map(SearchResult.Hit::id).toList();
    }

    private static List<String> tokens(String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("f", text)) {
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
