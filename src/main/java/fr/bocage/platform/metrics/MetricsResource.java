package fr.bocage.platform.metrics;

import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The metrics for Prometheus: administrators, and the accounts of scrapers (role {@code metrics}, nothing else). */
@Path("metrics")
@RequestScoped
@RolesAllowed({Role.ADMIN, Role.METRICS})
@SecurityRequirement(name = BocageApplication.BASIC_AUTH)
@Tag(name = "Administration")
public class MetricsResource {
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    @Inject
    Metrics metrics;

    @GET
    @Produces(PROMETHEUS_TEXT)
    @Operation(summary = "Métriques du serveur au format Prometheus : requêtes, recherches, extractions, imports, "
            + "courriels, index, mémoire")
    public String scrape() {
        return metrics.scrape();
    }
}
