package fr.bocage.network.actor;

import fr.bocage.catalog.Resource;
import fr.bocage.portal.DedicatedPages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** An actor has its page in the directory; a document merely typed « Acteur » keeps the resource page. */
@ApplicationScoped
public class ActorPages implements DedicatedPages {
    /** The directory and, followed by an id, an actor's page. */
    public static final String DIRECTORY = "/acteurs";
    public static final String PAGE = "/acteurs/";

    @Inject
    ActorRepository actors;

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    @Override
    public Optional<String> pageOf(Resource resource) {
        return actors.find(resource.getId()).map(a -> page(a.getId()));
    }

    @Override
    public Map<Long, String> pagesOf(Collection<Long> ids) {
        return DedicatedPages.pagesAmong(em, Actor.class, ids, ActorPages::page);
    }

    public static String page(long id) {
        return PAGE + id;
    }

    public static String edit(long id) {
        return page(id) + "/modifier";
    }
}
