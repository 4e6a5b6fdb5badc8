package fr.bocage.search;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin/reindex")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@SecurityRequirement(name = BocageApplication.BASIC_AUTH)
@Tag(name = "Administration")
public class ReindexResource {

    @Inject
    IndexMaintenance maintenance;

    @JsonbPropertyOrder({"kind", "state", "processed", "total", "percent", "startedAt", "finishedAt", "written", "error"})
    public record ProgressView(String kind, String state, long processed, long total, int percent, Instant startedAt,
            Instant finishedAt, Long written, String error) {

        static ProgressView of(IndexMaintenance.IndexProgress p) {
            return new ProgressView(ApiNames.of(p.kind()), ApiNames.of(p.state()), p.processed(), p.total(), p.percent(),
                    p.startedAt(), p.finishedAt(), p.written(), p.error());
        }
    }

    @POST
    @Operation(summary = "Reconstruire l'index depuis la base et les textes stockés, sans interrompre la recherche")
    @APIResponse(responseCode = "202", description = "Reconstruction lancée ; suivre GET /api/admin/reindex")
    @APIResponse(responseCode = "409", description = "Une maintenance de l'index est déjà en cours")
    public Response start() {
        if (!maintenance.rebuildInBackground()) {
            throw new Conflict(Messages.get("reindex.running"));
        }
        return Response.accepted(ProgressView.of(maintenance.progress())).build();
    }

    @GET
    @Operation(summary = "Avancement de la reconstruction (ou de la dernière vérification) de l'index")
    public ProgressView progress() {
        return ProgressView.of(maintenance.progress());
    }
}
