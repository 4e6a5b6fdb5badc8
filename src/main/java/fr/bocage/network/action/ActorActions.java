package fr.bocage.network.action;

import fr.bocage.network.actor.ActorActivities;
import fr.bocage.platform.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** « Actions menées » on an actor's page: the published actions it led or joined. */
@ApplicationScoped
public class ActorActions implements ActorActivities {

    @Inject
    ActionRepository actions;

    @Override
    public String heading() {
        return Messages.get("actor.activities.actions");
    }

    @Override
    public List<Activity> of(long actorId) {
        return actions.publishedOfActor(actorId).stream()
                .map(r -> new Activity(r.getTitle(), ActionRoutes.ACTION + r.getId())).toList();
    }
}
