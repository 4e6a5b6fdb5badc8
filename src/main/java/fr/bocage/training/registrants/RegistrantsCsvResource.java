package fr.bocage.training.registrants;

import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.rest.Callers;
import fr.bocage.platform.security.Role;
import fr.bocage.event.registration.EventKey;
import fr.bocage.event.registration.RegistrationService;
import fr.bocage.training.webinar.WebinarAccess;
import fr.bocage.training.webinar.WebinarRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The registrants of a webinar (or of a course session, {@code ?session=}) as a CSV file, for its trainer and the administrators only. */
@Path("webinars/{id}/registrations.csv")
@RequestScoped
@Tag(name = "Webinaires")
public class RegistrantsCsvResource {
    private static final String CSV = "text/csv; charset=utf-8";

    @Inject
    RegistrationList list;

    @Inject
    ResourceRepository resources;

    @Inject
    WebinarRepository webinars;

    @Inject
    RegistrationService service;

    @Context
    SecurityContext caller;

    @GET
    @Produces(CSV)
    @RolesAllowed({Role.ADMIN, Role.TRAINER, Role.MODERATOR, Role.CONTRIBUTOR})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Exporter les inscrits (CSV)", description = "Colonnes id, nom, email, structure, statut, "
            + "position, inscription, consentement, present. Réservé au formateur du webinaire et aux administrateurs.")
    @APIResponse(responseCode = "200", description = "Le fichier CSV, UTF-8")
    @APIResponse(responseCode = "403", description = "Ni son formateur ni administrateur")
    public Response export(@PathParam("id") long id,
            @Parameter(description = "La clé d'une session de formation (id étant la formation)")
            @QueryParam("session") @Min(value = 1, message = "{bocage.session.key.range}") Integer session) {
        if (session == null) {
            WebinarAccess.requireRegistrantsReader(id, webinars, resources, Callers.of(caller));
            return Response.ok(RegistrantsCsv.write(list.of(EventKey.of(id))), CSV).header("Content-Disposition",
                    "attachment; filename=\"inscrits-webinaire-" + id + ".csv\"").build();
        }
        EventKey key = new EventKey(id, session);
        service.event(key, false);
        WebinarAccess.requireRegistrantsReader(resources.existing(id), Callers.of(caller));
        return Response.ok(RegistrantsCsv.write(list.of(key)), CSV).header("Content-Disposition",
                "attachment; filename=\"inscrits-formation-" + id + "-session-" + session + ".csv\"").build();
    }
}
