package fr.bocage.network.project;

import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.rest.Callers;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A project's invitations, sent, listed and cancelled by those who run it. */
@Path("projects/{slug}/invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projets de coopération")
@RolesAllowed({Role.CONTRIBUTOR, Role.TRAINER, Role.MODERATOR, Role.ADMIN})
@SecurityRequirement(name = BocageApplication.BASIC_AUTH)
public class ProjectInvitationResource {

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectInvitations invitations;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    /** An invitation; {@code state} is pending or expired. */
    @JsonbPropertyOrder({"id", "email", "organisation", "organisationName", "invitedAt", "expiresAt", "state"})
    public record InvitationView(long id, String email, long organisation, String organisationName,
            Instant invitedAt, Instant expiresAt, String state) {
    }

    @POST
    @Operation(summary = "Inviter une personne dans le projet (coordinateurs)", description = "email : l'adresse où "
            + "part le lien à usage unique (valable 14 jours) ; organisation : le numéro de l'organisation partenaire "
            + "pour laquelle la personne participera.")
    @APIResponse(responseCode = "201", description = "L'invitation, envoyée")
    @APIResponse(responseCode = "400", description = "Adresse invalide, organisation absente ou non partenaire")
    @APIResponse(responseCode = "401", description = "Sans compte")
    @APIResponse(responseCode = "403", description = "Réservé aux coordinateurs du projet et aux administrateurs")
    @APIResponse(responseCode = "404", description = "Projet inconnu")
    public Response invite(@PathParam("slug") String slug,
            @Valid @NotNull(message = "{bocage.body.required}") InvitationInput input) {
        Caller caller = Callers.of(security);
        ProjectInvitation sent = invitations.invite(projects.visibleTo(slug, caller), input, caller);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(sent.getId())).build())
                .entity(view(sent, Instant.now())).build();
    }

    @GET
    @Operation(summary = "Les invitations en attente (coordinateurs)", description = "Les plus récentes d'abord, "
            + "expirées comprises (state : pending ou expired).")
    @APIResponse(responseCode = "200", description = "Les invitations non acceptées")
    @APIResponse(responseCode = "401", description = "Sans compte")
    @APIResponse(responseCode = "403", description = "Réservé aux coordinateurs du projet et aux administrateurs")
    @APIResponse(responseCode = "404", description = "Projet inconnu")
    public List<InvitationView> pending(@PathParam("slug") String slug) {
        Caller caller = Callers.of(security);
        Instant now = Instant.now();
        return invitations.pending(projects.visibleTo(slug, caller), caller).stream().map(i -> view(i, now)).toList();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Annuler une invitation (coordinateurs)", description = "Son lien ne sert plus.")
    @APIResponse(responseCode = "204", description = "Annulée")
    @APIResponse(responseCode = "401", description = "Sans compte")
    @APIResponse(responseCode = "403", description = "Réservé aux coordinateurs du projet et aux administrateurs")
    @APIResponse(responseCode = "404", description = "Projet ou invitation en attente inconnus")
    public void cancel(@PathParam("slug") String slug, @PathParam("id") long id) {
        Caller caller = Callers.of(security);
        invitations.cancel(projects.visibleTo(slug, caller), id, caller);
    }

    private InvitationView view(ProjectInvitation i, Instant now) {
        return new InvitationView(i.getId(), i.getEmail(), i.getActorId(), invitations.organisationName(i.getActorId()),
                i.getCreatedAt(), i.getExpiresAt(), i.isExpired(now) ? "expired" : "pending");
    }
}
