package fr.bocage.network.event;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.event.calendar.EventCalendar;
import fr.bocage.event.registration.EventKey;
import fr.bocage.event.registration.Registration;
import fr.bocage.event.registration.RegistrationInput;
import fr.bocage.event.registration.RegistrationRepository;
import fr.bocage.event.registration.RegistrationService;
import fr.bocage.event.registration.RegistrationStatus;
import fr.bocage.platform.Messages;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.rest.Callers;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.ClientAddresses;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The network's events (« Agenda »): resources of type {@code event}. Searched (facets eventKind and eventFormat),
 * moderated and deleted like any resource (publication: POST /api/resources/{id}/publish); proposed, changed and
 * registered to here, through the registration engine webinars and course sessions share.
 */
@Path("events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agenda", description = "Les rendez-vous du réseau : réunions, journées techniques, séminaires")
public class EventResource {

    @Inject
    EventService service;

    @Inject
    EventRepository events;

    @Inject
    EventAgenda agenda;

    @Inject
    EventCalendarFiles calendars;

    @Inject
    ResourceRepository resources;

    @Inject
    RegistrationService registrations;

    @Inject
    RegistrationRepository registrationRows;

    @Inject
    ClientAddresses clientAddresses;

    @Context
    SecurityContext caller;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    /** What a registration request answers while e-mail confirmation is on: the same, registered or not. */
    public record Requested(String status, String message) {
    }

    /** A registration that took effect (confirmation by e-mail off): its status and, when waiting, its position. */
    public record Registered(long id, String status, Long position) {
        static Registered of(RegistrationService.Outcome outcome) {
            Registration r = outcome.registration();
            Long position = r.getStatus() == RegistrationStatus.WAITING ? outcome.position() : null;
            return new Registered(r.getId(), ApiNames.of(r.getStatus()), position);
        }
    }

    @GET
    @PermitAll
    @Operation(summary = "Les rendez-vous", description = "À venir (par défaut, les plus proches d'abord) ou passés "
            + "(when=past, les plus récents d'abord), que l'appelant peut voir : publiés, et pour leur auteur et les "
            + "modérateurs ses brouillons, et ceux réservés aux membres d'un réseau pour ses membres et animateurs. Filtres : kind, format, territory (codes), month (AAAA-MM, dans le fuseau "
            + "de chaque rendez-vous), network (slug d'un réseau).")
    @APIResponse(responseCode = "200", description = "Les rendez-vous")
    public List<EventView> list(@Parameter(description = "upcoming (par défaut) ou past") @QueryParam("when") String when,
            @QueryParam("kind") String kind, @QueryParam("format") String format,
            @QueryParam("territory") String territory, @QueryParam("month") String month,
            @QueryParam("network") String network) {
        Caller who = Callers.of(caller);
        AgendaFilter filter = new AgendaFilter(kind, format, territory, month, network);
        return agenda.list("past".equals(when), filter, who).stream()
                .map(card -> view(resources.existing(card.id()), events.existing(card.id()), who)).toList();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "Un rendez-vous", description = "Le lien de connexion n'est donné qu'à son auteur, aux "
            + "modérateurs et aux administrateurs ; les inscrits confirmés le reçoivent par courriel.")
    @APIResponse(responseCode = "200", description = "Le rendez-vous")
    @APIResponse(responseCode = "404", description = "Rendez-vous inconnu, ou non publié et pas le vôtre, ou réservé "
            + "aux membres de son réseau")
    @APIResponse(responseCode = "410", description = "Rendez-vous retiré")
    public EventView get(@PathParam("id") long id) {
        Caller who = Callers.of(caller);
        NetworkEvent event = events.existing(id);
        return view(resources.visibleTo(id, who), event, who);
    }

    @GET
    @Path("{id}/ics")
    @PermitAll
    @Produces(EventCalendar.MEDIA_TYPE)
    @Operation(summary = "Un rendez-vous au format iCalendar", description = "Un VEVENT sans le lien de connexion : "
            + "heure de Paris avec son VTIMEZONE, les autres fuseaux en UTC. Tous ceux à venir : /agenda.ics")
    @APIResponse(responseCode = "200", description = "Le fichier .ics")
    @APIResponse(responseCode = "404", description = "Rendez-vous inconnu ou non publié, ou réservé aux membres de "
            + "son réseau")
    public Response calendar(@PathParam("id") long id) {
        return Response.ok(calendars.calendarOf(id, Callers.of(caller)))
                .header("Content-Disposition", "inline; filename=\"rendez-vous-" + id + ".ics\"").build();
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Proposer un rendez-vous",
            description = "metadata : la description (title obligatoire, summary, themes, territory… ; type event "
                    + "implicite) ; kind : network-meeting, technical-day, seminar, gathering ou other ; format : "
                    + "in-person, remote ou hybrid ; startsAt, endsAt : date et heure ISO, lues sans décalage dans "
                    + "timeZone (un des fuseaux de la France ; par défaut celui du territoire, Indian/Reunion pour La "
                    + "Réunion, sinon Europe/Paris) ; placeName, address, commune (un lieu ou une commune pour un "
                    + "rendez-vous en présentiel ou hybride) ; joinUrl (donné aux seuls inscrits confirmés) ; "
                    + "programme ; capacity (1 à 10 000, puis liste d'attente) ; organiser : l'identifiant d'un acteur "
                    + "publié ; network : le slug du réseau auquel il appartient (seuls ses animateurs et les "
                    + "modérateurs l'y rattachent ; réseau inconnu ou non animé : 400) ; membersOnly (true : réservé aux membres "
                    + "et aux animateurs du réseau, qui seuls le voient et s'y inscrivent ; hors du fil /agenda.ics ; "
                    + "sans réseau : 400 ; publié dès sa soumission par un animateur du réseau) ; recap et replayUrl, après le "
                    + "rendez-vous. La réponse donne network et networkName, le nom du réseau. Le rendez-vous est un "
                    + "brouillon de son auteur, à soumettre (…/submit) puis publié par un modérateur.")
    @APIResponse(responseCode = "201", description = "Le rendez-vous créé (brouillon)")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide (fields : chaque champ fautif)")
    @APIResponse(responseCode = "401", description = "Authentification requise")
    @APIResponse(responseCode = "403", description = "Réservé aux contributeurs, formateurs, modérateurs et administrateurs")
    public Response create(@Valid @NotNull(message = "{bocage.body.required}") EventInput input) {
        Caller who = Callers.of(caller);
        DescribedEvent created = service.create(input, who);
        return Response.created(uri.getAbsolutePathBuilder().path(created.event().getId().toString()).build())
                .entity(view(created.resource(), created.event(), who)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Modifier un rendez-vous", description = "Remplace sa description et ses champs : un champ "
            + "absent est effacé. Par son auteur tant que le circuit de modération le permet, ou par un modérateur. "
            + "Un nouvel horaire est envoyé aux inscrits ; des places ajoutées vont à la liste d'attente.")
    @APIResponse(responseCode = "200", description = "Le rendez-vous modifié")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide")
    @APIResponse(responseCode = "403", description = "Ce n'est pas votre rendez-vous")
    @APIResponse(responseCode = "404", description = "Rendez-vous inconnu")
    @APIResponse(responseCode = "409", description = "Le rendez-vous ne peut pas être modifié dans son état")
    public EventView update(@PathParam("id") long id,
            @Valid @NotNull(message = "{bocage.body.required}") EventInput input) {
        Caller who = Callers.of(caller);
        DescribedEvent updated = service.update(id, input, who);
        return view(updated.resource(), updated.event(), who);
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Soumettre son rendez-vous à la modération", description = "Comme toute ressource : par "
            + "son auteur, une fois décrit (résumé, au moins un thème, territoire). Réservé aux membres de son réseau, il "
            + "est publié aussitôt par un animateur du réseau (ou un modérateur) ; tout autre auteur : 403.")
    @APIResponse(responseCode = "200", description = "Le rendez-vous, soumis")
    @APIResponse(responseCode = "400", description = "Description incomplète")
    @APIResponse(responseCode = "403", description = "Réservé aux membres, et l'auteur n'anime pas son réseau")
    @APIResponse(responseCode = "404", description = "Rendez-vous inconnu")
    @APIResponse(responseCode = "409", description = "Déjà soumis ou publié")
    public EventView submit(@PathParam("id") long id) {
        Caller who = Callers.of(caller);
        DescribedEvent submitted = service.submit(id, who);
        return view(submitted.resource(), submitted.event(), who);
    }

    @POST
    @Path("{id}/registrations")
    @PermitAll
    @Operation(summary = "S'inscrire à un rendez-vous", description = "name, email, organisation, consent (true "
            + "obligatoire). Comme pour les webinaires : un courriel donne le lien qui confirme l'inscription "
            + "(POST /api/registrations/confirm) ; la réponse est la même que l'adresse soit déjà inscrite ou non. "
            + "Une fois les places prises, liste d'attente ; une annulation donne sa place au premier qui attend.")
    @APIResponse(responseCode = "202", description = "status pending : un courriel de confirmation est envoyé")
    @APIResponse(responseCode = "201", description = "Confirmation par courriel désactivée : confirmed, ou waiting "
            + "avec position")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide, consentement manquant")
    @APIResponse(responseCode = "404", description = "Rendez-vous inconnu ou non publié, ou réservé aux membres de "
            + "son réseau (authentification requise)")
    @APIResponse(responseCode = "409", description = "Rendez-vous commencé")
    @APIResponse(responseCode = "429", description = "Trop d'inscriptions demandées pour cette adresse")
    public Response register(@PathParam("id") long id,
            @Valid @NotNull(message = "{bocage.body.required}") RegistrationInput input) {
        events.existing(id);
        // A members-only event takes the registrations of its circle only: 404 for anybody else.
        resources.visibleTo(id, Callers.of(caller));
        return registrations.register(EventKey.of(id), input, clientAddresses.of(request))
                .map(outcome -> Response.status(Response.Status.CREATED).entity(Registered.of(outcome)))
                .orElseGet(() -> Response.accepted(new Requested(ApiNames.of(RegistrationStatus.PENDING),
                        Messages.get("event.registration.requested"))))
                .build();
    }

    private EventView view(Resource r, NetworkEvent e, Caller who) {
        long left = Math.max(0, e.getCapacity()
                - registrationRows.count(EventKey.of(e.getId()), RegistrationStatus.CONFIRMED));
        return EventView.of(r, e, agenda.networkOf(e).orElse(null), left, EventService.runs(r, who));
    }
}
