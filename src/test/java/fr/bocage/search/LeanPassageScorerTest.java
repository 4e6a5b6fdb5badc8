package fr.bocage.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class LeanPassageScorerTest {

    private final PassageScorer reference = new PassageScorer();
    private final PassageScorer lean = new LeanPassageScorer();

    @Test
    void scoresExactlyAsTheDefaultScorer() {
        List<Passage> passages = List.of(
                passage(0, 150),
                passage(40, 190, "zone", 3),
                passage(300, 460, "zone", 7, "humid", 2, "zone", 7),
                passage(1_000, 1_140, "eau", 12, "potabl", 1, "eau", 12, "eau", 12, "potabl", 1),
                passage(9_000, 9_100, "haie", 1, "bocag", 4, "haie", 1, "bocag", 4, "trame", 2, "haie", 1));
        for (int contentLength : new int[] {150, 5_000, 2_000_000}) {
            for (Passage passage : passages) {
                assertEquals(reference.score(passage, contentLength), lean.score(passage, contentLength),
                        "passage at " + passage.getStartOffset() + ", content of " + contentLength);
            }
        }
    }

    /** @param matches pairs of a term and its frequency in the document, in the order they occur */
    private static Passage passage(int start, int end, Object... matches) {
        Passage passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(end);
        for (int i = 0; i < matches.length; i += 2) {
            int offset = start + 10 * i;
            passage.addMatch(offset, offset + 4, new BytesRef((String) matches[i]), (Integer) matches[i + 1]);
        }
        return passage;
    }
}
