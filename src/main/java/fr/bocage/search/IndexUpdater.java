package fr.bocage.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies committed changes to the index; they become searchable at the next scheduled refresh (within a
 * second). What fails here is repaired from the database by the next check.
 */
@ApplicationScoped
public class IndexUpdater {
    private static final Logger LOG = Logger.getLogger(IndexUpdater.class.getName());

    @Inject
    SearchEngine engine;

    @Inject
    IndexMaintenance maintenance;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndexChange change) {
        try {
            if (change.resource() == null) {
                engine.index().delete(change.id());
            } else {
                engine.index().upsert(change.resource());
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Index update failed for resource " + change.id() + "; repairing from the database", e);
            maintenance.repairInBackground();
        }
    }
}
