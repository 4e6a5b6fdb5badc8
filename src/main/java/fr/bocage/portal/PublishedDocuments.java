package fr.bocage.portal;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.web.Routes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The catalog's documents for the newsletter: the published resources that have no page of their own. Those that
 * have one (a webinar, an action…) are their feature's to propose, with that page.
 */
@ApplicationScoped
public class PublishedDocuments implements NewsletterSources {
    static final String KIND = "resource";

    @Inject
    ResourceRepository resources;

    @Inject
    Instance<DedicatedPages> dedicated;

    @Override
    @Transactional
    public List<Published> since(Instant since, int limit) {
        return resources.publishedSince(since, Set.of(), limit).stream()
                .filter(r -> dedicated.stream().allMatch(pages -> pages.pageOf(r).isEmpty()))
                .map(r -> Published.of(r, KIND, Routes.resource(r.getId()))).toList();
    }
}
