package fr.bocage.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RelevanceScoresTest {

    private static final List<String> RANKED = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k");

    @Test
    void recallCountsTheRelevantFilesAmongTheFirstTen() {
        assertEquals(1.0, RelevanceScores.recallAtK(RANKED, Set.of("a")));
        assertEquals(0.5, RelevanceScores.recallAtK(RANKED, Set.of("c", "z")));
        assertEquals(0.5, RelevanceScores.recallAtK(RANKED, Set.of("j", "k")), "k is eleventh");
        assertEquals(0.0, RelevanceScores.recallAtK(List.of(), Set.of("a")));
    }

    @Test
    void reciprocalRankIsThatOfTheFirstRelevantFileAmongTheFirstTen() {
        assertEquals(1.0, RelevanceScores.reciprocalRankAtK(RANKED, Set.of("a", "c")));
        assertEquals(1.0 / 3, RelevanceScores.reciprocalRankAtK(RANKED, Set.of("c", "e")));
        assertEquals(0.1, RelevanceScores.reciprocalRankAtK(RANKED, Set.of("j")));
        assertEquals(0.0, RelevanceScores.reciprocalRankAtK(RANKED, Set.of("k")));
    }

    @Test
    void aGroupAveragesItsQueries() {
        RelevanceScores scores = RelevanceScores.of(List.of(
                new RelevanceScores.Answer(List.of("x", "a"), Set.of("a"), 2, 4_000_000),
                new RelevanceScores.Answer(List.of("b"), Set.of("b", "c"), 1, 2_000_000),
                new RelevanceScores.Answer(List.of(), Set.of("d"), 0, 6_000_000),
                new RelevanceScores.Answer(RANKED, Set.of("k"), 11, 8_000_000)));
        assertEquals(4, scores.queries());
        assertEquals((1 + 0.5 + 0 + 0) / 4, scores.recall(), 1e-12);
        assertEquals((0.5 + 1 + 0 + 0) / 4, scores.mrr(), 1e-12);
        assertEquals(0.25, scores.zeroResultRate(), 1e-12);
        assertEquals(4.0, scores.latency().percentileMillis(50), 1e-9);
        assertEquals(8.0, scores.latency().percentileMillis(95), 1e-9);
    }

    @Test
    void theSetInTheRepositoryHasEnoughJudgedQueriesOfEachCategoryAThirdHeldOut() throws IOException {
        RelevanceSet set = RelevanceSet.load();
        assertTrue(set.queries().size() >= 150, set.queries().size() + " queries");
        Map<String, Long> byCategory = set.queries().stream()
                .collect(Collectors.groupingBy(RelevanceSet.Judged::category, Collectors.counting()));
        assertEquals(Set.of("plain", "accents", "elision", "plurals", "verb-forms", "derivations", "acronyms",
                "typos", "partial-titles", "extra-word"), byCategory.keySet());
        long heldOut = set.queries().stream().filter(RelevanceSet.Judged::heldOut).count();
        assertTrue(heldOut * 4 > set.queries().size() && heldOut * 2 < set.queries().size(), heldOut + " held out");
        Map<String, RelevanceSet.Judged> byId = set.queries().stream()
                .collect(Collectors.toMap(RelevanceSet.Judged::id, Function.identity()));
        assertEquals(Set.of("lutter-contre-la-deforestation-importee-1b6946.txt"), byId.get("pl-04").relevant());
    }

    @Test
    void aMalformedLineIsRefusedWithItsNumber() {
        String tsv = "id\tcategory\tsplit\tquery\trelevant\n# a comment\nq1\tplain\tlater\thaies\tdocs/a.pdf\n";
        IOException refused = assertThrows(IOException.class,
                () -> RelevanceSet.read(new BufferedReader(new StringReader(tsv))));
        assertTrue(refused.getMessage().startsWith("line 3:"), refused.getMessage());
    }
}
