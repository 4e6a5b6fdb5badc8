package fr.bocage.network.news;

import fr.bocage.catalog.ResourceRepository;
import fr.bocage.portal.NewsletterSources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The news the newsletter proposes: items published since the last issue, with their pages. */
@ApplicationScoped
public class NewsNewsletter implements NewsletterSources {

    @Inject
    ResourceRepository resources;

    @Inject
    NewsRepository news;

    @Override
    @Transactional
    public List<Published> since(Instant since, int limit) {
        return resources.publishedSince(since, Set.of(NewsRepository.TYPE), limit).stream()
                .filter(r -> news.find(r.getId()).isPresent())
                .map(r -> Published.of(r, NewsRepository.TYPE, NewsPages.page(r.getId()))).toList();
    }
}
