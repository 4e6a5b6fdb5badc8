package fr.bocage.network.actor;

import java.util.List;

/**
 * What an actor did, as another feature of the network knows it (the actions it led or joined): implemented there,
 * looked up here through CDI, so that an actor's page works while no feature implements it. Published items only.
 */
public interface ActorActivities {

    /** One line of « Actions menées »: its title and the portal path of its page. */
    record Activity(String title, String url) {
    }

    List<Activity> of(long actorId);
}
