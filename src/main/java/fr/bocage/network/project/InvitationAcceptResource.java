package fr.bocage.network.project;

import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.rest.Callers;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
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

/** Accepting an invitation by its token, for the signed-in caller's account. */
@Path("project-invitations/{token}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projets de coopération")
public class InvitationAcceptResource {

    @Inject
    ProjectInvitations invitations;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed({Role.CONTRIBUTOR, Role.TRAINER, Role.MODERATOR, Role.ADMIN})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Accepter une invitation à un projet", description = "Le jeton est celui du lien reçu par "
            + "e-mail ; le compte de l'appelant devient membre du projet pour l'organisation de l'invitation. Un lien "
            + "ne sert qu'une fois.")
    @APIResponse(responseCode = "200", description = "Le membre tel qu'il est inscrit")
    @APIResponse(responseCode = "401", description = "Sans compte")
    @APIResponse(responseCode = "404", description = "Invitation inconnue ou annulée")
    @APIResponse(responseCode = "410", description = "Invitation déjà utilisée ou expirée")
    public ProjectEnrolmentResource.EnrolmentView accept(@PathParam("token") String token) {
        ProjectMember member = invitations.accept(token, Callers.of(security).username());
        return new ProjectEnrolmentResource.EnrolmentView(member.getUsername(), member.getActorId(),
                member.getJoinedAt());
    }
}
