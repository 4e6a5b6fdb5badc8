package fr.bocage.network.event;

import fr.bocage.catalog.Resource;
import fr.bocage.portal.DedicatedPages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** An event has its page in the agenda; a document merely typed « Rendez-vous » keeps the resource page. */
@ApplicationScoped
public class EventPages implements DedicatedPages {

    @Inject
    EventRepository events;

    @Override
    public Optional<String> pageOf(Resource resource) {
        return events.find(resource.getId()).map(e -> AgendaRoutes.event(resource.getId()));
    }
}
