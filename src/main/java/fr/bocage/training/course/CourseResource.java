package fr.bocage.training.course;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceAccess;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.rest.Callers;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import fr.bocage.training.TrainingAccess;
import fr.bocage.event.calendar.EventCalendar;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Courses: resources of type {@code course} with a course. Searched (facets level and modality), deleted and
 * moderated like any resource; created and changed here.
 */
@Path("courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Formations")
public class CourseResource {

    @Inject
    CourseService service;

    @Inject
    CourseRepository courses;

    @Inject
    CourseCatalogue catalogue;

    @Inject
    ResourceRepository resources;

    @Inject
    PublishedCourses published;

    @Context
    SecurityContext caller;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.TRAINER})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Publier une formation",
            description = "metadata : la description (title obligatoire, summary = la présentation, organisation = "
                    + "l'organisme de formation, themes, audiences, territory… ; type course implicite) ; objectives ; "
                    + "level : introduction, intermediate ou expert ; format : self-paced, in-person, remote ou "
                    + "blended ; duration (texte court : « 2 jours ») ; prerequisites ; price en euros (absent ou 0 : "
                    + "gratuit) ; platformUrl ; sessions [{startsAt, endsAt, place, capacity (1 à 10 000)}], 50 au "
                    + "plus, aucune pour une formation en autonomie (self-paced) ; heures ISO ou heure locale de Paris "
                    + "(2027-03-29T10:00). Publiée aussitôt, sans modération.")
    @APIResponse(responseCode = "201", description = "La formation créée")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide")
    @APIResponse(responseCode = "401", description = "Authentification requise")
    @APIResponse(responseCode = "403", description = "Réservé aux formateurs, modérateurs et administrateurs")
    public Response create(@Valid @NotNull(message = "{bocage.body.required}") CourseInput input) {
        DescribedCourse created = service.create(input, Callers.of(caller).username());
        return Response.created(uri.getAbsolutePathBuilder().path(created.course().getId().toString()).build())
                .entity(CourseView.of(created.resource(), created.course(), true)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.TRAINER})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Modifier une formation", description = "Remplace sa description, ses champs et ses "
            + "sessions : un champ absent est effacé. Réservé à son formateur, aux modérateurs et aux administrateurs.")
    @APIResponse(responseCode = "200", description = "La formation modifiée")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide")
    @APIResponse(responseCode = "403", description = "Ce n'est pas votre formation")
    @APIResponse(responseCode = "404", description = "Formation inconnue")
    public CourseView update(@PathParam("id") long id,
            @Valid @NotNull(message = "{bocage.body.required}") CourseInput input) {
        Caller who = Callers.of(caller);
        courses.existing(id);
        TrainingAccess.requireRunner(resources.visibleTo(id, who), who, "course.forbidden");
        DescribedCourse updated = service.update(id, input, who.username());
        return CourseView.of(updated.resource(), updated.course(), true);
    }

    @GET
    @Operation(summary = "Lister les formations", description = "Celles qui ont une session à venir d'abord, la plus "
            + "proche en tête, puis les autres par titre. Publiées seulement, sauf pour leur formateur et les "
            + "modérateurs. Pour chercher et filtrer : /api/search?type=course&level=…&modality=…")
    @APIResponse(responseCode = "200", description = "Les formations")
    public List<CourseView> list() {
        Caller who = Callers.of(caller);
        return catalogue.soonestFirst(Instant.now()).stream()
                .flatMap(d -> visibleView(d.resource(), d.course(), who).stream()).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Une formation")
    @APIResponse(responseCode = "200", description = "La formation")
    @APIResponse(responseCode = "404", description = "Formation inconnue ou non publiée")
    @APIResponse(responseCode = "410", description = "Formation retirée")
    public CourseView get(@PathParam("id") long id) {
        Caller who = Callers.of(caller);
        Course course = courses.existing(id);
        Resource resource = resources.visibleTo(id, who);
        return CourseView.of(resource, course, TrainingAccess.runs(resource, who));
    }

    @GET
    @Path("{id}/sessions/{sid}/ics")
    @Produces(EventCalendar.MEDIA_TYPE)
    @Operation(summary = "Une session au format iCalendar", description = "Un VEVENT (fuseau Europe/Paris) ; sid : "
            + "le numéro de la session, à partir de 1, dans l'ordre chronologique.")
    @APIResponse(responseCode = "200", description = "Le fichier .ics")
    @APIResponse(responseCode = "404", description = "Formation ou session inconnue, ou formation non publiée")
    public Response sessionCalendar(@PathParam("id") long id, @PathParam("sid") int sid) {
        return Response.ok(published.sessionCalendar(id, sid))
                .header("Content-Disposition", "inline; filename=\"formation-" + id + "-session-" + sid + ".ics\"")
                .build();
    }

    private static Optional<CourseView> visibleView(Resource r, Course c, Caller who) {
        return ResourceAccess.isVisible(r, who)
                ? Optional.of(CourseView.of(r, c, TrainingAccess.runs(r, who))) : Optional.empty();
    }
}
