package fr.bocage.network.actor;

import java.util.List;

/**
 * What an actor did, as another feature of the network knows it (the actions it led or joined, the partnerships it
 * signed): implemented there, looked up here through CDI, so that an actor's page works while no feature implements
 * it. Each implementation is a section of the page. Published items only.
 */
public interface ActorActivities {

    /** One line of a section: its title and the portal path of its page. */
    record Activity(String title, String url) {
    }

    /** The section's heading on the actor's page (« Actions menées », « Partenariats »). */
    String heading();

    List<Activity> of(long actorId);
}
