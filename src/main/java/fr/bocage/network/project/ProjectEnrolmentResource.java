package fr.bocage.network.project;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.NotFound;
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
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An administrator makes an account a project's member directly, without an invitation: to bring an existing list
 * of members in, and for the tests of what members see.
 */
@Path("projects/{slug}/enrolments/{username}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projets de coopération")
public class ProjectEnrolmentResource {

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectMembers members;

    /** @param organisation the id of the partner organisation the member speaks for */
    public record EnrolmentInput(@NotNull(message = "{bocage.project.member.organisation.required}") Long organisation) {
    }

    @JsonbPropertyOrder({"username", "organisation", "joinedAt"})
    public record EnrolmentView(String username, long organisation, Instant joinedAt) {
    }

    @PUT
    @RolesAllowed(Role.ADMIN)
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Inscrire directement un membre d'un projet (administrateurs)", description = "Sans "
            + "invitation : organisation est le numéro de l'organisation partenaire pour laquelle le compte participe.")
    @APIResponse(responseCode = "200", description = "Le membre tel qu'il est inscrit")
    @APIResponse(responseCode = "400", description = "Organisation absente, ou qui n'est pas partenaire du projet")
    @APIResponse(responseCode = "403", description = "Réservé aux administrateurs")
    @APIResponse(responseCode = "404", description = "Projet ou compte inconnu")
    public EnrolmentView enrol(@PathParam("slug") String slug, @PathParam("username") String username,
            @Valid @NotNull(message = "{bocage.body.required}") EnrolmentInput input) {
        Project project = projects.find(slug)
                .orElseThrow(() -> new NotFound(Messages.format("project.not-found", slug)));
        ProjectMember member = members.enrol(project, username, input.organisation());
        return new EnrolmentView(member.getUsername(), member.getActorId(), member.getJoinedAt());
    }
}
