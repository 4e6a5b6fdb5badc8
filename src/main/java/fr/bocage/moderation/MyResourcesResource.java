package fr.bocage.moderation;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceView;
import fr.bocage.catalog.WorkflowService;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own contributions: what they uploaded, where each stands, and what the moderators last said. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
@SecurityRequirement(name = BocageApplication.BASIC_AUTH)
@Tag(name = "Modération")
public class MyResourcesResource {

    @Inject
    WorkflowService moderation;

    @Context
    SecurityContext context;

    @JsonbPropertyOrder({"id", "title", "type", "status", "createdAt", "updatedAt", "moderation"})
    public record Contribution(long id, String title, String type, String status, Instant createdAt,
            Instant updatedAt, ResourceView.ModerationView moderation) {
        static Contribution of(Resource r) {
            return new Contribution(r.getId(), r.getTitle(), r.description().type(), ApiNames.of(r.getStatus()),
                    r.getCreatedAt(), r.getUpdatedAt(), ResourceView.ModerationView.of(r));
        }
    }

    @GET
    @Path("resources")
    @Operation(summary = "Mes contributions, leur statut et le dernier message de la modération",
            description = "La plus récemment modifiée d'abord.")
    public List<Contribution> resources() {
        return moderation.ownedBy(context.getUserPrincipal().getName()).stream().map(Contribution::of).toList();
    }
}
