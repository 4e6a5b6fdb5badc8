package fr.bocage.search;

import fr.bocage.platform.rest.ApiNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the database answers and the index is open; the state of index maintenance is shown alongside. The
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

    @Override
    public HealthCheckResponse call() {
        try {
            // Both asked so that a database or index that does not answer makes the server not ready.
            database.count();
            engine.index().count();
            IndexMaintenance.IndexProgress progress = maintenance.progress();
            return HealthCheckResponse.named("bocage-search").up()
                    .withData("maintenance", ApiNames.of(progress.state()))
                    .build();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Readiness check failed", e);
            return HealthCheckResponse.named("bocage-search").down().build();
        }
    }
}
