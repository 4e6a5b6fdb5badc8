package fr.bocage.network.event;

import fr.bocage.catalog.Resource;
import fr.bocage.portal.DedicatedPages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** An event has its page in the agenda; a document merely typed « Rendez-vous » keeps the resource page. */
@ApplicationScoped
public class EventPages implements DedicatedPages {

    @Inject
    EventRepository events;

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    @Override
    public Optional<String> pageOf(Resource resource) {
        return events.find(resource.getId()).map(e -> AgendaRoutes.event(resource.getId()));
    }

    @Override
    public Map<Long, String> pagesOf(Collection<Long> ids) {
        return DedicatedPages.pagesAmong(em, NetworkEvent.class, ids, AgendaRoutes::event);
    }
}
