package fr.bocage.search;

import fr.bocage.platform.Warmups;
import fr.bocage.platform.rest.ApiNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the database answers, the index is open and the warm-ups after a start have ended ({@link Warmups}, a
 * minute or two at most); the state of index maintenance is shown alongside. The
 * endpoint is public: it gives no count (the number of resources, published or not, is the administrators' business:
 * {@code /api/admin/status}) and no exception text (issue 21 #14).
 */
@Readiness
@ApplicationScoped
public class SearchReadinessCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(SearchReadinessCheck.class.getName());

    @Inject
    IndexSource database;

    @Inject
    SearchEngine engine;

    @Inject
    IndexMaintenance maintenance;

    @Inject
    Warmups warmups;

    @Override
    public HealthCheckResponse call() {
        try {
            // Both asked so that a database or index that does not answer makes the server not ready.
            database.count();
            engine.index().count();
            IndexMaintenance.IndexProgress progress = maintenance.progress();
            boolean warming = !warmups.running().isEmpty();
            return HealthCheckResponse.named("bocage-search").status(!warming)
                    .withData("maintenance", ApiNames.of(progress.state()))
                    .withData("warmup", warming ? "running" : "done")
                    .build();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Readiness check failed", e);
            return HealthCheckResponse.named("bocage-search").down().build();
        }
    }
}
