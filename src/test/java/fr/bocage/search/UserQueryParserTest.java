package fr.bocage.search;

import static fr.bocage.search.Resources.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UserQueryParserTest {

    private static final List<Long> ALL = List.of(1L, 2L, 3L, 4L, 5L, 6L);

    @RegisterExtension
    static final TestIndex DOCS = new TestIndex(
            resource(1).title("Mares forestières").content("Les amphibiens des mares."),
            resource(2).title("Zone humide et drainage").content("Le drainage agricole assèche la zone humide."),
            resource(3).title("Haies bocagères").content("La haie est une zone de refuge."),
            resource(4).title("Étangs piscicoles").content("Gestion d'un étang."),
            resource(5).title("Sols").content("Humide en hiver, la zone reste praticable."),
            resource(6).title("Principes d'écologie").content("Introduction."));

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiterString = " => ", value = {
            "zone humide => 2 5",
            "'\"zone humide\"' => 2",
            "'\"zone humide' => 2",
            "zone -drainage => 3 5",
            "zone ET humide => 2 5",
            "zone AND humide => 2 5",
            "mare OR étang => 1 4",
            "mare OU étang => 1 4",
            "mare | étang => 1 4",
            "mare ou étang => 1 4",
            "or => ''",
            "(mare OU haie) amphibiens => 1",
            "-zone => 1 4 6",
            "-zone -mare => 4 6",
            "écolo* => 6",
            "zone:humide => 2 5",
            "zone OR => 2 3 5",
            "OR zone => 2 3 5",
            "- zone => 2 3 5",
            "--zone => 2 3 5",
            "zone humide) => 2 5",
            "(zone humide => 2 5",
            "zone~2 => 2 3 5",
            "zone^4 => 2 3 5",
            "zo* => ''"})
    void interpretsUserSyntax(String query, String expected) throws IOException {
        List<Long> ids = expected.isBlank() ? List.of() : Arrays.stream(expected.split(" ")).map(Long::valueOf).toList();
        assertEquals(ids, ids(query));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", " ", "OR", "OU", "ET", "-", "--", "\"", "\"\"", "(", ")", "()", "*", "**", "~", ":",
            "AND OR", "OR OR OR", "|", "+", "-\"", "\\", "/", "[", "]", "{}", "^", "!", "&&", "||", "la le les",
            "-le", "l'", "’"})
    void garbageMatchesEverythingInsteadOfFailing(String query) throws IOException {
        assertEquals(ALL, ids(query));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"haie-", "haie|", "haie/", "haie OR ", "(haie ", "\"haie\" "})
    void queriesOfManyWordsKeepTheFirstOnesInsteadOfFailing(String repeated) throws IOException {
        // Over Lucene's 1,024 clauses once spread over the six fields, whatever separates the words.
        assertEquals(List.of(3L), ids(repeated.repeat(1100)));
    }

    private static List<Long> ids(String query) throws IOException {
        // Exact: the syntax alone, neither corrected nor relaxed (QueryRelaxationTest).
        return DOCS.search().search(new SearchRequest(query, Map.of(), null, 1, 20, false, true)).hits().stream()
                .map(SearchResult.Hit::id).sorted().toList();
    }
}
