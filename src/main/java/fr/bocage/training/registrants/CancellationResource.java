package fr.bocage.training.registrants;

import fr.bocage.event.registration.EventKey;
import fr.bocage.event.registration.RegistrationService;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A registrant's own cancellation, with the token of their e-mailed link: no account needed. */
@Path("registrations/cancel")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webinaires")
public class CancellationResource {

    @Inject
    RegistrationService service;

    public record CancelRequest(@NotBlank(message = "{bocage.registration.token.required}") String token) {
    }

    /** The event left: {@code webinar} is its resource's id (a webinar's, a course's), {@code session} a course session's key. */
    public record Cancelled(long webinar, Integer session) {
    }

    @POST
    @PermitAll
    @Operation(summary = "Annuler son inscription", description = "token : le jeton du lien d'annulation reçu par "
            + "courriel. La place libérée passe à la première personne en attente, prévenue par courriel.")
    @APIResponse(responseCode = "200", description = "Annulée ; l'inscription est effacée")
    @APIResponse(responseCode = "404", description = "Jeton inconnu ou déjà utilisé")
    public Cancelled cancel(@Valid @NotNull(message = "{bocage.body.required}") CancelRequest request) {
        EventKey event = service.cancel(request.token());
        return new Cancelled(event.resource(), event.session() == EventKey.WHOLE ? null : event.session());
    }
}
