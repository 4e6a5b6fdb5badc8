package fr.bocage.network.project;

import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.rest.Callers;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Cooperation projects and their work plan (nested): public once published, described by their coordinators. */
@Path("projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projets de coopération")
public class ProjectResource {

    @Inject
    ProjectDirectory directory;

    @Inject
    ProjectService service;

    @Inject
    ProjectViews views;

    @Context
    SecurityContext caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Lister les projets",
            description = "Les projets publiés, et les brouillons que l'appelant coordonne (tous pour les "
                    + "administrateurs), les plus récents d'abord. country=SN : ceux qui ont un partenaire de ce pays "
                    + "(code ISO à deux lettres) ; period=current, upcoming ou ended : en cours, à venir ou terminés.")
    @APIResponse(responseCode = "200", description = "Les projets, avec leur plan de travail")
    @APIResponse(responseCode = "400", description = "Filtre invalide")
    public List<ProjectView> list(@QueryParam("country") String country, @QueryParam("period") String period) {
        return directory.list(ProjectFilter.of(country, period), Callers.of(caller));
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Un projet et son plan de travail")
    @APIResponse(responseCode = "200", description = "Le projet")
    @APIResponse(responseCode = "404", description = "Projet inconnu, ou brouillon que l'appelant ne coordonne pas")
    public ProjectView get(@PathParam("slug") String slug) {
        return directory.one(slug, Callers.of(caller));
    }

    @POST
    @RolesAllowed({Role.CONTRIBUTOR, Role.MODERATOR, Role.ADMIN})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Créer un projet (contributeurs)",
            description = "slug (minuscules, chiffres et tirets), title, startDate et endDate (AAAA-MM-JJ) "
                    + "obligatoires ; acronym, summary, purpose ; funders : [{name, rate}] (taux de cofinancement en "
                    + "%) ; partners et technicalPartners : identifiants d'acteurs publiés de l'annuaire ; "
                    + "coordinators : identifiants de comptes (le créateur en fait toujours partie, sauf pour un "
                    + "administrateur qui en nomme d'autres) ; published : true pour le rendre public ; plan : "
                    + "[{number, title, kind (self-diagnosis, remote-activity, gathering, webinar-series, seminar, "
                    + "communication, other), description, startDate, endDate, status (planned, under-way, done), "
                    + "resources, events, webinars (identifiants de ressources, d'événements et de webinaires publiés)}].")
    @APIResponse(responseCode = "201", description = "Le projet créé")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide (détail par champ)")
    @APIResponse(responseCode = "403", description = "Réservé aux contributeurs, modérateurs et administrateurs")
    @APIResponse(responseCode = "409", description = "Un projet porte déjà ce slug")
    public Response create(@Valid @NotNull(message = "{bocage.body.required}") ProjectInput input) {
        Caller who = Callers.of(caller);
        Project created = service.create(input, who);
        return Response.created(uri.getAbsolutePathBuilder().path(created.getSlug()).build())
                .entity(views.of(created, who)).build();
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed({Role.CONTRIBUTOR, Role.MODERATOR, Role.TRAINER, Role.ADMIN})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Décrire un projet (ses coordinateurs, les administrateurs)",
            description = "Remplace sa description et son plan : un champ absent est effacé (coordinators absent "
                    + "les garde). Le slug ne change pas ; celui du corps est ignoré.")
    @APIResponse(responseCode = "200", description = "Le projet modifié")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide (détail par champ)")
    @APIResponse(responseCode = "403", description = "Réservé à ses coordinateurs et aux administrateurs")
    @APIResponse(responseCode = "404", description = "Projet inconnu, ou brouillon que l'appelant ne coordonne pas")
    public ProjectView update(@PathParam("slug") String slug,
            @Valid @NotNull(message = "{bocage.body.required}") ProjectInput input) {
        Caller who = Callers.of(caller);
        return views.of(service.update(slug, input, who), who);
    }
}
