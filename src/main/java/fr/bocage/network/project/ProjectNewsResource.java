package fr.bocage.network.project;

import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.rest.Callers;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A project's news: the public items its coordinators link to it, and the items its members post for the members
 * only (published at once in the project's circle).
 */
@Path("projects/{slug}/news")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projets de coopération")
public class ProjectNewsResource {

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectNewsLinks links;

    @Inject
    ProjectSpace space;

    @Context
    SecurityContext security;

    @GET
    @PermitAll
    @Operation(summary = "Les actualités publiques du projet", description = "Celles que ses coordinateurs lui ont "
            + "liées et que le catalogue a publiées pour tous ; jamais une actualité réservée aux membres.")
    @APIResponse(responseCode = "200", description = "Les actualités, les plus récemment liées d'abord")
    @APIResponse(responseCode = "404", description = "Projet inconnu")
    public List<SharedItemView> published(@PathParam("slug") String slug) {
        return links.published(projects.visibleTo(slug, Callers.of(security))).stream().map(SharedItemView::of)
                .toList();
    }

    @POST
    @RolesAllowed({Role.CONTRIBUTOR, Role.TRAINER, Role.MODERATOR, Role.ADMIN})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Publier une actualité depuis l'espace des membres", description = "title, lead "
            + "(chapô), body (Markdown), obligatoires : publiée aussitôt, pour les seuls membres et coordinateurs. "
            + "forEverybody=true : pour tous, après relecture par la modération comme toute contribution (themes et "
            + "territory alors obligatoires), et liée au projet, dont la page publique la montre une fois publiée.")
    @APIResponse(responseCode = "201", description = "L'actualité, publiée pour les membres ou soumise à la modération")
    @APIResponse(responseCode = "400", description = "Champ absent ou trop long, thème ou territoire manquant")
    @APIResponse(responseCode = "401", description = "Sans compte")
    @APIResponse(responseCode = "403", description = "Ni membre, ni coordinateur")
    @APIResponse(responseCode = "404", description = "Projet inconnu")
    public Response post(@PathParam("slug") String slug,
            @Valid @NotNull(message = "{bocage.body.required}") SpaceNewsInput input) {
        ProjectStanding standing = space.entered(slug, Callers.of(security));
        SharedItemView posted = SharedItemView.of(space.post(standing, input).resource());
        return Response.created(URI.create(posted.page())).entity(posted).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.CONTRIBUTOR, Role.TRAINER, Role.MODERATOR, Role.ADMIN})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Lier une actualité au projet (coordinateurs)", description = "Sa page publique la montre "
            + "une fois publiée pour tous.")
    @APIResponse(responseCode = "204", description = "Liée")
    @APIResponse(responseCode = "400", description = "Ce n'est pas une actualité")
    @APIResponse(responseCode = "401", description = "Sans compte")
    @APIResponse(responseCode = "403", description = "Réservé aux coordinateurs du projet et aux administrateurs")
    @APIResponse(responseCode = "404", description = "Projet ou actualité inconnus")
    public void link(@PathParam("slug") String slug, @PathParam("id") long id) {
        Caller caller = Callers.of(security);
        links.link(projects.visibleTo(slug, caller), id, caller);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.CONTRIBUTOR, Role.TRAINER, Role.MODERATOR, Role.ADMIN})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Délier une actualité du projet (coordinateurs)")
    @APIResponse(responseCode = "204", description = "Déliée (ou qui ne l'était pas)")
    @APIResponse(responseCode = "401", description = "Sans compte")
    @APIResponse(responseCode = "403", description = "Réservé aux coordinateurs du projet et aux administrateurs")
    @APIResponse(responseCode = "404", description = "Projet inconnu")
    public void unlink(@PathParam("slug") String slug, @PathParam("id") long id) {
        Caller caller = Callers.of(security);
        links.unlink(projects.visibleTo(slug, caller), id, caller);
    }
}
