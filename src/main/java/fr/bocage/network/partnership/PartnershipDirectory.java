package fr.bocage.network.partnership;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceAccess;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.network.partnership.PartnershipView.Named;
import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The partnerships as a caller may see them: published ones in lists, any one they may see by its id; of their
 * parties, only the actors they may see (a proposed actor not yet published is not named).
 */
@ApplicationScoped
@Transactional
public class PartnershipDirectory {

    @Inject
    PartnershipRepository partnerships;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    ResourceRepository resources;

    /** Published partnerships, the most recent first; those of a programme only when it is given. */
    public List<PartnershipView> published(Long programme, Caller caller) {
        return partnerships.published(programme).stream()
                .map(d -> view(d.resource(), d.partnership(), caller)).toList();
    }

    /** One partnership: 404 if unknown or not the caller's to see, 410 if withdrawn. */
    public PartnershipView one(long id, Caller caller) {
        Partnership partnership = partnerships.existing(id);
        return view(resources.visibleTo(id, caller), partnership, caller);
    }

    PartnershipView view(Resource resource, Partnership partnership, Caller caller) {
        Named programme = Optional.ofNullable(partnership.getProgrammeId()).flatMap(programmes::find)
                .map(p -> new Named(p.getId(), p.getName())).orElse(null);
        List<Named> parties = partnership.getParties().stream()
                .flatMap(id -> resources.find(id).filter(actor -> ResourceAccess.isVisible(actor, caller)).stream())
                .map(actor -> new Named(actor.getId(), actor.getTitle())).toList();
        return PartnershipView.of(resource, partnership, programme, parties);
    }

    /** The published partnerships an actor is a party to, for its page. */
    public List<PartnershipView> ofActor(long actor, Caller caller) {
        return partnerships.withParty(actor).stream()
                .flatMap(p -> resources.find(p.getId()).filter(r -> ResourceAccess.isVisible(r, caller))
                        .map(r -> view(r, p, caller)).stream())
                .toList();
    }
}
