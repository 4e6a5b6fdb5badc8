package fr.bocage.network.actor;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceAccess;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceService;
import fr.bocage.catalog.ResourceStatus;
import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Creating and changing actors: the resource and its actor change in one transaction. A contributor's actor is their
 * draft, sent to moderation like any contribution; a moderator's is published at once.
 */
@ApplicationScoped
@Transactional
public class ActorService {

    @Inject
    ResourceService resources;

    @Inject
    ActorRepository actors;

    @Inject
    ResourceRepository repository;

    public DescribedActor create(ActorInput input, Caller caller) {
        return create(input, caller, ResourceAccess.statusOfNewUpload(caller));
    }

    /** A new actor in {@code status}: a moderator's import publishes it, or submits it to moderation. */
    public DescribedActor create(ActorInput input, Caller caller, ResourceStatus status) {
        ActorDetails details = input.details();
        Resource resource = resources.createTyped(input.metadata(), ActorRepository.TYPE, caller.username(),
                status, r -> {
                    Actor actor = new Actor(r.getId());
                    actor.describe(details);
                    actors.persist(actor);
                });
        return new DescribedActor(resource, actors.existing(resource.getId()));
    }

    /**
     * Changes an actor the caller may edit now (the one access decision: its owner or confirmed representatives, and
     * the moderators). The actor first, so that the resource's new index entry holds its new kind and engagement.
     */
    public DescribedActor update(long id, ActorInput input, Caller caller) {
        Actor actor = actors.existing(id);
        repository.editableBy(id, caller);
        actor.describe(input.details(actor.contactEmail()));
        return new DescribedActor(resources.describeTyped(id, input.metadata(), ActorRepository.TYPE,
                caller.username()), actor);
    }
}
