package fr.bocage.benchmark;

import java.util.List;
import java.util.Set;

/**
 * The figures of a group of judged queries: mean recall@k, mean reciprocal rank@k (MRR), the share of queries with
 * no result at all, and the latency of their requests.
 */
record RelevanceScores(int queries, double recall, double mrr, double zeroResultRate, LatencyStats latency) {

    static final int K = 10;

    /** The answer to one judged query: the files of its ranked hits, the total found, the request's time. */
    record Answer(List<String> ranked, Set<String> relevant, long total, long nanos) {
    }

    /** Share of the relevant documents found among the first {@value #K} hits. */
    static double recallAtK(List<String> ranked, Set<String> relevant) {
        long found = ranked.stream().limit(K).distinct().filter(relevant::contains).count();
        return (double) found / relevant.size();
    }

    /** 1 / rank of the first relevant hit among the first {@value #K}, 0 when there is none. */
    static double reciprocalRankAtK(List<String> ranked, Set<String> relevant) {
        for (int i = 0; i < Math.min(K, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    static RelevanceScores of(List<Answer> answers) {
        double recall = 0;
        double mrr = 0;
        int zero = 0;
        long[] nanos = new long[answers.size()];
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            recall += recallAtK(answer.ranked(), answer.relevant());
            mrr += reciprocalRankAtK(answer.ranked(), answer.relevant());
            zero += answer.total() == 0 ? 1 : 0;
            nanos[i] = answer.nanos();
        }
        int n = Math.max(1, answers.size());
        return new RelevanceScores(answers.size(), recall / n, mrr / n, (double) zero / n,
                new LatencyStats(nanos, 1));
    }
}
