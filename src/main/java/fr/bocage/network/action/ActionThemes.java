package fr.bocage.network.action;

import fr.bocage.catalog.ResourceDeleted;
import fr.bocage.catalog.ResourceDescribed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Keeps an action's copy of its resource's themes, whatever changed them (this feature, the resources' API, a
 * contributor's or a moderator's form), and deletes an action with its resource: both in the same transaction.
 */
@ApplicationScoped
public class ActionThemes {

    @Inject
    ActionRepository actions;

    void onDescribe(@Observes ResourceDescribed described) {
        actions.find(described.id()).ifPresent(a -> a.themes(described.themes()));
    }

    void onDelete(@Observes ResourceDeleted deleted) {
        actions.find(deleted.id()).ifPresent(actions::remove);
    }
}
