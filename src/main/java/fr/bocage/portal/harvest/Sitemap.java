package fr.bocage.portal.harvest;

import fr.bocage.catalog.Resource;
import fr.bocage.platform.web.Routes;
import fr.bocage.portal.DedicatedPages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What search engines should crawl: the portal's entry pages, then every resource the anonymous search shows, at its
 * own page (a webinar's, an actor's… as each feature's {@link DedicatedPages} says) or else its resource page. Cut in
 * parts of at most {@code bocage.sitemap.part-size} addresses (the protocol's limit is 50,000) behind an index.
 */
@ApplicationScoped
public class Sitemap {
    static final int PROTOCOL_LIMIT = 50_000;
    /** Entry pages that link to the rest; search results are left to the robots' rules, not listed. */
    static final List<String> ENTRY_PAGES = List.of(Routes.HOME, Routes.COURSES, Routes.WEBINARS, Routes.NETWORK_HUB);
    private static final int BATCH = 500;

    @Inject
    @ConfigProperty(name = "bocage.sitemap.part-size", defaultValue = "50000")
    int partSize;

    @Inject
    HarvestQueries queries;

    @Inject
    Instance<DedicatedPages> dedicated;

    /** A page to crawl: its portal path and, for a resource, when it last changed. */
    record Entry(String path, Instant lastModified) {
    }

    int partSize() {
        return Math.min(PROTOCOL_LIMIT, Math.max(1, partSize));
    }

    /** How many parts the addresses take: 1 means no index, the sitemap is the one part. */
    @Transactional
    public int parts() {
        long addresses = ENTRY_PAGES.size() + queries.countLive();
        return (int) Math.max(1, (addresses + partSize() - 1) / partSize());
    }

    /** The addresses of part {@code part}, from 1. */
    @Transactional
    public List<Entry> part(int part) {
        long first = (long) (part - 1) * partSize();
        long end = first + partSize();
        List<Entry> entries = new ArrayList<>();
        for (long i = first; i < Math.min(end, ENTRY_PAGES.size()); i++) {
            entries.add(new Entry(ENTRY_PAGES.get((int) i), null));
        }
        long offset = Math.max(0, first - ENTRY_PAGES.size());
        long wanted = end - Math.max(first, ENTRY_PAGES.size());
        while (wanted > 0) {
            List<Resource> batch = queries.live((int) offset, (int) Math.min(BATCH, wanted));
            if (batch.isEmpty()) {
                break;
            }
            Map<Long, String> pages = pagesOf(batch);
            for (Resource resource : batch) {
                entries.add(new Entry(pages.getOrDefault(resource.getId(), Routes.resource(resource.getId())),
                        resource.getUpdatedAt()));
            }
            offset += batch.size();
            wanted -= batch.size();
        }
        return entries;
    }

    private Map<Long, String> pagesOf(List<Resource> batch) {
        List<Long> ids = batch.stream().map(Resource::getId).toList();
        Map<Long, String> pages = new HashMap<>();
        dedicated.forEach(feature -> pages.putAll(feature.pagesOf(ids)));
        return pages;
    }
}
