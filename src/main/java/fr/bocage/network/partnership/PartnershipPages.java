package fr.bocage.network.partnership;

import fr.bocage.catalog.Resource;
import fr.bocage.portal.DedicatedPages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** A partnership has its own page, with its parties, objectives and programme; search and the resource page lead there. */
@ApplicationScoped
public class PartnershipPages implements DedicatedPages {
    static final String LIST = "/partenariats";
    static final String PATH = LIST + "/";

    @Inject
    PartnershipRepository partnerships;

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    @Override
    public Optional<String> pageOf(Resource resource) {
        return partnerships.find(resource.getId()).map(p -> PATH + p.getId());
    }

    @Override
    public Map<Long, String> pagesOf(Collection<Long> ids) {
        return DedicatedPages.pagesAmong(em, Partnership.class, ids, id -> PATH + id);
    }
}
