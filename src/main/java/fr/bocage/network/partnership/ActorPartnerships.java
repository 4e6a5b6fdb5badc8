package fr.bocage.network.partnership;

import fr.bocage.network.actor.ActorActivities;
import fr.bocage.platform.Messages;
import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** « Partenariats » on an actor's page: the published partnerships it is a party to. */
@ApplicationScoped
public class ActorPartnerships implements ActorActivities {
    @Inject
    PartnershipDirectory directory;

    @Override
    public String heading() {
        return Messages.get("actor.activities.partnerships");
    }

    @Override
    public List<Activity> of(long actorId) {
        return directory.ofActor(actorId, Caller.ANONYMOUS).stream().map(p -> new Activity(p.title(), p.page())).toList();
    }
}
