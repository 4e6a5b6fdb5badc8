package fr.bocage.network.action;

import fr.bocage.catalog.ResourceRepository;
import fr.bocage.portal.NewsletterSources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The network's actions the newsletter proposes: those published since the last issue, with their pages. */
@ApplicationScoped
public class ActionNewsletter implements NewsletterSources {

    @Inject
    ResourceRepository resources;

    @Inject
    ActionRepository actions;

    @Override
    @Transactional
    public List<Published> since(Instant since, int limit) {
        return resources.publishedSince(since, Set.of(ActionRepository.TYPE), limit).stream()
                .filter(r -> actions.find(r.getId()).isPresent()).map(r -> Published.of(r, ActionRepository.TYPE, ActionRoutes.action(r.getId()))).toList();
    }
}
