package fr.bocage.search;

import fr.bocage.platform.rest.ApiNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the database answers and the index is open; the state of index maintenance is shown alongside. */
@Readiness
@ApplicationScoped
public class SearchReadinessCheck implements HealthCheck {

    @Inject
    IndexSource database;

    @Inject
    SearchEngine engine;

    @Inject
    IndexMaintenance maintenance;

    @Override
    public HealthCheckResponse call() {
        try {
            long resources = database.count();
            int indexed = engine.index().count();
            IndexMaintenance.IndexProgress progress = maintenance.progress();
            return HealthCheckResponse.named("bocage-search").up()
                    .withData("resources", resources)
                    .withData("indexed", indexed)
                    .withData("maintenance", ApiNames.of(progress.state()))
                    .build();
        } catch (Exception e) {
            return HealthCheckResponse.named("bocage-search").down().withData("error", e.toString()).build();
        }
    }
}
