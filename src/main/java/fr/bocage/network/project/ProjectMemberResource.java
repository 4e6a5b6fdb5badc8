package fr.bocage.network.project;

import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.rest.Callers;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A project's members, for those who see its private space; removed by those who run it, or leaving. */
@Path("projects/{slug}/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projets de coopération")
@RolesAllowed({Role.CONTRIBUTOR, Role.TRAINER, Role.MODERATOR, Role.ADMIN})
@SecurityRequirement(name = BocageApplication.BASIC_AUTH)
public class ProjectMemberResource {

    @Inject
    ProjectSpace space;

    @Inject
    ProjectMembers members;

    @Context
    SecurityContext security;

    /** A member; {@code username} only for those who run the project (accounts are private). */
    @JsonbPropertyOrder({"username", "name", "organisation", "organisationName", "country", "joinedAt"})
    public record MemberView(String username, String name, long organisation, String organisationName,
            String country, Instant joinedAt) {
    }

    @GET
    @Operation(summary = "Les membres du projet (espace des membres)", description = "Réservé aux membres, aux "
            + "coordinateurs et aux administrateurs ; dans l'ordre où ils ont rejoint le projet.")
    @APIResponse(responseCode = "200", description = "Les membres")
    @APIResponse(responseCode = "401", description = "Sans compte")
    @APIResponse(responseCode = "403", description = "Ni membre, ni coordinateur")
    @APIResponse(responseCode = "404", description = "Projet inconnu")
    public List<MemberView> list(@PathParam("slug") String slug) {
        ProjectStanding standing = space.entered(slug, Callers.of(security));
        return space.members(standing.project()).stream().map(m -> new MemberView(
                standing.runs() ? m.username() : null, m.name(), m.organisation(), m.organisationName(), m.country(),
                m.joinedAt())).toList();
    }

    @DELETE
    @Path("{username}")
    @Operation(summary = "Retirer un membre (coordinateurs), ou quitter le projet (le membre lui-même)")
    @APIResponse(responseCode = "204", description = "Retiré")
    @APIResponse(responseCode = "401", description = "Sans compte")
    @APIResponse(responseCode = "403", description = "Ni coordinateur, ni ce membre")
    @APIResponse(responseCode = "404", description = "Projet inconnu, ou ce compte n'en est pas membre")
    public void remove(@PathParam("slug") String slug, @PathParam("username") String username) {
        Caller caller = Callers.of(security);
        ProjectStanding standing = space.entered(slug, caller);
        members.remove(standing.project(), username, caller);
    }
}
