package fr.bocage.training.registrants;

import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.Messages;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.rest.Callers;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.ClientAddresses;
import fr.bocage.event.registration.EventKey;
import fr.bocage.event.registration.Registration;
import fr.bocage.event.registration.RegistrationInput;
import fr.bocage.event.registration.RegistrationService;
import fr.bocage.event.registration.RegistrationStatus;
import fr.bocage.training.webinar.WebinarAccess;
import fr.bocage.training.webinar.WebinarRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Registering to a webinar (anybody), and its registrants (its trainer and the administrators only). */
@Path("webinars/{id}/registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webinaires")
public class RegistrantsResource {

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    RegistrationService service;

    @Inject
    RegistrationList list;

    @Inject
    ResourceRepository resources;

    @Inject
    WebinarRepository webinars;

    @Context
    SecurityContext caller;

    @Context
    HttpServletRequest request;

    /**
     * What a registration request answers while e-mail confirmation is on: the same whether the address was
     * registered or not.
     */
    public record Requested(String status, String message) {
    }

    /** What a registrant is told once the registration took effect: its status and, when waiting, its position. */
    public record Registered(long id, String status, Long position) {
        static Registered of(RegistrationService.Outcome outcome) {
            Registration r = outcome.registration();
            Long position = r.getStatus() == RegistrationStatus.WAITING ? outcome.position() : null;
            return new Registered(r.getId(), ApiNames.of(r.getStatus()), position);
        }
    }

    /** The attendance a trainer records after the event. */
    public record Attendance(@NotNull(message = "{bocage.registration.attended.required}") Boolean attended) {
    }

    @POST
    @PermitAll
    @Operation(summary = "S'inscrire à un webinaire", description = "name, email, organisation, consent (true "
            + "obligatoire). Un courriel envoyé à l'adresse donne le lien qui confirme l'inscription (24 heures, "
            + "jusqu'au début au plus tard ; POST /api/registrations/confirm) : la réponse est la même que l'adresse "
            + "soit déjà inscrite ou non, et aucune place n'est prise avant la confirmation. Une adresse demande au "
            + "plus quelques inscriptions par jour. Si la confirmation par courriel est désactivée sur le serveur, "
            + "l'inscription est confirmée tant qu'il reste des places, sinon en liste d'attente (201).")
    @APIResponse(responseCode = "202", description = "status pending : un courriel de confirmation est envoyé, si "
            + "l'adresse n'est pas déjà inscrite")
    @APIResponse(responseCode = "201", description = "Confirmation par courriel désactivée : status confirmed, ou "
            + "waiting avec position")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide, consentement manquant")
    @APIResponse(responseCode = "404", description = "Webinaire inconnu ou non publié")
    @APIResponse(responseCode = "409", description = "Webinaire commencé (ou, confirmation désactivée, adresse déjà "
            + "inscrite)")
    @APIResponse(responseCode = "429", description = "Trop de courriels ou d'inscriptions demandés pour cette adresse")
    public Response register(@PathParam("id") long id,
            @Valid @NotNull(message = "{bocage.body.required}") RegistrationInput input) {
        return service.register(EventKey.of(id), input, clientAddresses.of(request))
                .map(outcome -> Response.status(Response.Status.CREATED).entity(Registered.of(outcome)))
                .orElseGet(() -> Response.accepted(new Requested(ApiNames.of(RegistrationStatus.PENDING),
                        Messages.get("webinar.registration.requested"))))
                .build();
    }

    @GET
    @RolesAllowed({Role.ADMIN, Role.TRAINER, Role.MODERATOR, Role.CONTRIBUTOR})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Les inscrits d'un webinaire", description = "Données personnelles : réservées au "
            + "formateur du webinaire et aux administrateurs.")
    @APIResponse(responseCode = "200", description = "Les inscriptions, dans l'ordre")
    @APIResponse(responseCode = "403", description = "Ni son formateur ni administrateur")
    public List<RegistrationView> registrants(@PathParam("id") long id) {
        requireReader(id);
        return list.of(EventKey.of(id));
    }

    @PUT
    @Path("{rid}/attendance")
    @RolesAllowed({Role.ADMIN, Role.TRAINER, Role.MODERATOR, Role.CONTRIBUTOR})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Noter la présence d'un inscrit", description = "{\"attended\": true} ou false.")
    @APIResponse(responseCode = "200", description = "L'inscription")
    @APIResponse(responseCode = "403", description = "Ni son formateur ni administrateur")
    @APIResponse(responseCode = "404", description = "Inscription inconnue")
    public RegistrationView attendance(@PathParam("id") long id, @PathParam("rid") long rid,
            @Valid @NotNull(message = "{bocage.body.required}") Attendance attendance) {
        requireReader(id);
        service.markAttendance(EventKey.of(id), rid, attendance.attended());
        return list.of(EventKey.of(id)).stream().filter(v -> v.id() == rid).findFirst().orElseThrow();
    }

    @DELETE
    @Path("{rid}")
    @RolesAllowed({Role.ADMIN, Role.TRAINER, Role.MODERATOR, Role.CONTRIBUTOR})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Effacer une inscription", description = "Effacement sur demande de la personne ; une "
            + "place libérée passe à la première personne en attente.")
    @APIResponse(responseCode = "204", description = "Effacée")
    @APIResponse(responseCode = "403", description = "Ni son formateur ni administrateur")
    @APIResponse(responseCode = "404", description = "Inscription inconnue")
    public void erase(@PathParam("id") long id, @PathParam("rid") long rid) {
        requireReader(id);
        service.erase(EventKey.of(id), rid);
    }

    private void requireReader(long id) {
        WebinarAccess.requireRegistrantsReader(id, webinars, resources, Callers.of(caller));
    }
}
