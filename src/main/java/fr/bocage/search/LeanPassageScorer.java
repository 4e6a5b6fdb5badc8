package fr.bocage.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * The default passage score (BM25-like, same formula and same summing order) without the hash table that the default
 * builds for every candidate passage: that table's 32 KB block made up most of the memory a search allocates, and
 * so most of its garbage-collection pauses. A passage holds a handful of matches, so counting them by scanning is
 * cheaper than hashing.
 */
final class LeanPassageScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        double score = 0d;
        for (int i = 0; i < matches; i++) {
            if (seenBefore(terms, i)) {
                continue;
            }
            int inPassage = 0;
            for (int j = i; j < matches; j++) {
                if (terms[j].equals(terms[i])) {
                    inPassage++;
                }
            }
            score += tf(inPassage, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
        }
        return (float) (score * norm(passage.getStartOffset()));
    }

    private static boolean seenBefore(BytesRef[] terms, int index) {
        for (int j = 0; j < index; j++) {
            if (terms[j].equals(terms[index])) {
                return true;
            }
        }
        return false;
    }
}
