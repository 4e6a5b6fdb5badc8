package fr.bocage.network.membership;

import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An administrator sets an account's membership directly, without its request and an animator's decision: to bring
 * an existing list of members in, and for the tests of what members see.
 */
@Path("networks/{slug}/enrolments/{username}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Réseaux")
public class EnrolmentResource {

    @Inject
    Networks networks;

    @Inject
    Enrolments enrolments;

    @Context
    SecurityContext caller;

    /** @param status PENDING, ACCEPTED, REFUSED or LEFT */
    public record EnrolmentInput(@NotNull(message = "{bocage.status.required}") MemberStatus status,
            boolean receivesList) {
    }

    @JsonbPropertyOrder({"username", "status", "receivesList"})
    public record EnrolmentView(String username, MemberStatus status, boolean receivesList) {
    }

    @PUT
    @RolesAllowed(Role.ADMIN)
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Inscrire directement un membre (administrateurs)", description = "Sans demande ni "
            + "décision d'un animateur : status (PENDING, ACCEPTED, REFUSED, LEFT) et receivesList (la liste de "
            + "diffusion lui parvient). Pour reprendre une liste de membres existante.")
    @APIResponse(responseCode = "200", description = "L'adhésion telle qu'elle est")
    @APIResponse(responseCode = "400", description = "Statut absent ou invalide")
    @APIResponse(responseCode = "403", description = "Réservé aux administrateurs")
    @APIResponse(responseCode = "404", description = "Réseau ou compte inconnu")
    public EnrolmentView enrol(@PathParam("slug") String slug, @PathParam("username") String username,
            @Valid @NotNull(message = "{bocage.body.required}") EnrolmentInput input) {
        Member member = enrolments.enrol(networks.existing(slug), username, input.status(), input.receivesList(),
                caller.getUserPrincipal().getName());
        return new EnrolmentView(member.getUsername(), member.getStatus(), member.getProfile().receivesList());
    }
}
