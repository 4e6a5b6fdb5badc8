package fr.bocage.training.registrants;

import fr.bocage.platform.rest.ApiNames;
import fr.bocage.event.registration.RegistrationService;
import fr.bocage.event.registration.RegistrationStatus;
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

/** A registration confirmed with the token of the link e-mailed to its address: no account needed. */
@Path("registrations/confirm")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webinaires")
public class ConfirmationResource {

    @Inject
    RegistrationService service;

    public record ConfirmRequest(@NotBlank(message = "{bocage.registration.confirm-token.required}") String token) {
    }

    /** The registration's webinar (or course), the registration, its status and, when waiting, its position. */
    public record Confirmed(long webinar, long id, String status, Long position) {
    }

    @POST
    @PermitAll
    @Operation(summary = "Confirmer son inscription", description = "token : le jeton du lien de confirmation reçu "
            + "par courriel. Prend une place s'il en reste, sinon la liste d'attente ; un courriel l'annonce, avec "
            + "l'invitation .ics et le lien personnel d'annulation. Un lien ne sert qu'une fois.")
    @APIResponse(responseCode = "200", description = "status confirmed, ou waiting avec position")
    @APIResponse(responseCode = "404", description = "Jeton inconnu ou déjà utilisé")
    @APIResponse(responseCode = "409", description = "Webinaire commencé")
    @APIResponse(responseCode = "410", description = "Lien expiré : rien n'a changé, une nouvelle inscription en "
            + "envoie un autre")
    public Confirmed confirm(@Valid @NotNull(message = "{bocage.body.required}") ConfirmRequest request) {
        RegistrationService.Outcome outcome = service.confirm(request.token());
        RegistrationStatus status = outcome.registration().getStatus();
        return new Confirmed(outcome.registration().getResourceId(), outcome.registration().getId(),
                ApiNames.of(status), status == RegistrationStatus.WAITING ? outcome.position() : null);
    }
}
