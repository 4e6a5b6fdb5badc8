package fr.bocage.training.webinar;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceAccess;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.rest.Callers;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import fr.bocage.event.calendar.EventCalendar;
import fr.bocage.event.registration.EventKey;
import fr.bocage.event.registration.RegistrationRepository;
import fr.bocage.event.registration.RegistrationStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Webinars: resources of type {@code webinar} with an event. Searched, deleted and shown on their resource page
 * like any resource; created and rescheduled here.
 */
@Path("webinars")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webinaires")
public class WebinarResource {

    @Inject
    WebinarService service;

    @Inject
    WebinarRepository webinars;

    @Inject
    ResourceRepository resources;

    @Inject
    RegistrationRepository registrations;

    @Inject
    PublishedWebinars published;

    @Context
    SecurityContext caller;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.TRAINER})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Programmer un webinaire",
            description = "metadata : la description (title obligatoire, summary = le résumé, themes, audiences, "
                    + "territory… ; type webinar implicite) ; startsAt : instant ISO (2026-06-02T12:00:00Z), avec "
                    + "décalage ou fuseau, ou heure locale de Paris (2026-06-02T14:00) ; durationMinutes (5 à 600) ; "
                    + "speakers [{name, organisation}] ; series ; capacity (1 à 10 000) ; joinUrl ; replayUrl ; "
                    + "recap (compte rendu, après l'événement). Publié aussitôt, sans modération. Les supports "
                    + "(diaporamas) s'ajoutent par POST /api/resources/{id}/materials.")
    @APIResponse(responseCode = "201", description = "Le webinaire créé")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide")
    @APIResponse(responseCode = "401", description = "Authentification requise")
    @APIResponse(responseCode = "403", description = "Réservé aux formateurs, modérateurs et administrateurs")
    public Response create(@Valid @NotNull(message = "{bocage.body.required}") WebinarInput input) {
        Caller who = Callers.of(caller);
        ScheduledWebinar created = service.create(input, who.username());
        return Response.created(uri.getAbsolutePathBuilder().path(created.webinar().getId().toString()).build())
                .entity(WebinarView.of(created.resource(), created.webinar(), true, 0)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.TRAINER})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Modifier un webinaire", description = "Remplace sa description et son événement : un champ "
            + "absent est effacé. Réservé à son formateur, aux modérateurs et aux administrateurs. Si l'heure ou la "
            + "durée change, chaque inscrit reçoit l'invitation mise à jour ; des places ajoutées vont aux premières "
            + "personnes en liste d'attente.")
    @APIResponse(responseCode = "200", description = "Le webinaire modifié")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide")
    @APIResponse(responseCode = "403", description = "Ce n'est pas votre webinaire")
    @APIResponse(responseCode = "404", description = "Webinaire inconnu")
    public WebinarView update(@PathParam("id") long id,
            @Valid @NotNull(message = "{bocage.body.required}") WebinarInput input) {
        Caller who = Callers.of(caller);
        webinars.existing(id);
        WebinarAccess.requireRunner(resources.visibleTo(id, who), who);
        ScheduledWebinar updated = service.update(id, input, who.username());
        return view(updated.resource(), updated.webinar(), true);
    }

    @GET
    @Operation(summary = "Lister les webinaires", description = "upcoming : ceux à venir ou en cours, le plus proche "
            + "d'abord ; past : ceux qui sont passés, le plus récent d'abord. Publiés seulement, sauf pour leur "
            + "formateur et les modérateurs.")
    @APIResponse(responseCode = "200", description = "Les webinaires")
    public List<WebinarView> list(@Parameter(description = "upcoming (par défaut) ou past")
            @QueryParam("when") @DefaultValue("upcoming")
            @Pattern(regexp = "upcoming|past", message = "{bocage.webinar.when}") String when) {
        Caller who = Callers.of(caller);
        Instant now = Instant.now();
        List<Webinar> found = "past".equals(when) ? webinars.past(now) : webinars.upcoming(now);
        return found.stream()
                .map(w -> resources.find(w.getId()).map(r -> visibleView(r, w, who)).orElse(null))
                .filter(v -> v != null)
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Un webinaire", description = "Le lien de connexion n'est donné qu'à son formateur, aux "
            + "modérateurs et aux administrateurs ; les inscrits le reçoivent par courriel.")
    @APIResponse(responseCode = "200", description = "Le webinaire")
    @APIResponse(responseCode = "404", description = "Webinaire inconnu ou non publié")
    public WebinarView get(@PathParam("id") long id) {
        Caller who = Callers.of(caller);
        Webinar webinar = webinars.existing(id);
        Resource resource = resources.visibleTo(id, who);
        return view(resource, webinar, WebinarAccess.runs(resource, who));
    }

    @GET
    @Path("{id}/ics")
    @Produces(EventCalendar.MEDIA_TYPE)
    @Operation(summary = "Un webinaire au format iCalendar", description = "Un VEVENT (fuseau Europe/Paris), sans "
            + "le lien de connexion. Tous les webinaires à venir : /webinaires.ics?theme=…")
    @APIResponse(responseCode = "200", description = "Le fichier .ics")
    @APIResponse(responseCode = "404", description = "Webinaire inconnu ou non publié")
    public Response calendar(@PathParam("id") long id) {
        return Response.ok(published.calendarOf(id))
                .header("Content-Disposition", "inline; filename=\"webinaire-" + id + ".ics\"").build();
    }

    private WebinarView visibleView(Resource r, Webinar w, Caller who) {
        return ResourceAccess.isVisible(r, who) ? view(r, w, WebinarAccess.runs(r, who))
                : null;
    }

    private WebinarView view(Resource r, Webinar w, boolean runsIt) {
        return WebinarView.of(r, w, runsIt, registrations.count(EventKey.of(w.getId()), RegistrationStatus.CONFIRMED));
    }
}
