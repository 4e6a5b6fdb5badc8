package fr.bocage.alert;

import fr.bocage.audit.AuditLog;
import fr.bocage.audit.Publication;
import fr.bocage.search.SearchEngine;
import fr.bocage.search.SearchResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a saved search finds among the latest publications: the audit log says what became published and when, the
 * search says what of it matches, with its own rules, so that nothing outside the public index (a draft, a withdrawn
 * resource, one published then withdrawn since) ever appears. The newest publication comes first.
 */
@ApplicationScoped
public class PublishedMatches {
    /** Publications looked at, at most: a feed is about what is new. */
    static final int MAX_PUBLICATIONS = 2000;
    /** Publications searched at once: all of a batch's matches fit one page of results. */
    private static final int BATCH = 100;

    @Inject
    AuditLog audit;

    @Inject
    SearchEngine engine;

    /** One resource found, and when it was published. */
    public record Match(SearchResult.Hit hit, Instant publishedAt) {
    }

    /** @param total how many match in all, of which {@code matches} are the newest */
    public record Matches(List<Match> matches, long total) {
    }

    /** The newest published resources the search finds, at most {@code max}. */
    public Matches newest(SavedQuery query, int max) {
        return among(query, audit.publications(Instant.EPOCH, Instant.now(), MAX_PUBLICATIONS), max);
    }

    /** The resources published in [{@code from}, {@code to}) that the search finds, the newest {@code max}. */
    public Matches publishedBetween(SavedQuery query, Instant from, Instant to, int max) {
        return among(query, audit.publications(from, to, MAX_PUBLICATIONS), max);
    }

    private Matches among(SavedQuery query, List<Publication> publications, int max) {
        List<Match> matches = new ArrayList<>();
        long total = 0;
        for (int start = 0; start < publications.size(); start += BATCH) {
            Map<Long, Instant> batch = new LinkedHashMap<>();
            publications.subList(start, Math.min(publications.size(), start + BATCH))
                    .forEach(p -> batch.put(p.resourceId(), p.at()));
            SearchResult found = engine.searchAmong(query.request(BATCH), batch.keySet());
            total += found.total();
            found.hits().stream().map(hit -> new Match(hit, batch.get(hit.id())))
                    .sorted((a, b) -> b.publishedAt().compareTo(a.publishedAt()))
                    .limit(Math.max(0, max - matches.size()))
                    .forEach(matches::add);
        }
        return new Matches(List.copyOf(matches), total);
    }
}
