package fr.bocage.network.action;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.portal.ResourceUses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The published actions that used a resource, for its page: a draft action names nothing. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActionUses implements ResourceUses {

    @Inject
    ActionRepository actions;

    @Inject
    ResourceRepository resources;

    @Override
    public List<Use> of(long resourceId) {
        return actions.usingResource(resourceId).stream().flatMap(id -> resources.find(id).stream())
                .filter(Resource::isPublished)
                .map(r -> new Use("action.used-by", r.getTitle(), ActionRoutes.action(r.getId()))).toList();
    }
}
