package fr.bocage.network.action;

import fr.bocage.catalog.Resource;
import fr.bocage.portal.DedicatedPages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * An action has a page of its own, richer than the resource page search links to. A document merely typed
 * « Action » (an uploaded leaflet) has no action's fields: it keeps the resource page.
 */
@ApplicationScoped
public class ActionPages implements DedicatedPages {

    @Inject
    ActionRepository actions;

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    @Override
    public Optional<String> pageOf(Resource resource) {
        return actions.find(resource.getId()).map(a -> ActionRoutes.action(resource.getId()));
    }

    @Override
    public Map<Long, String> pagesOf(Collection<Long> ids) {
        return DedicatedPages.pagesAmong(em, Action.class, ids, ActionRoutes::action);
    }
}
