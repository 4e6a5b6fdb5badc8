package fr.bocage.network.contact;

import fr.bocage.platform.Messages;
import fr.bocage.platform.web.ClientAddresses;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Writing to the network's moderators, and the anti-spam token every contact message carries (this one and
 * {@link ActorContactResource}'s alike).
 */
@Path("contact")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contact")
public class ContactResource {
    static final String SENT_STATUS = "sent";

    @Inject
    ContactService service;

    @Inject
    ClientAddresses clientAddresses;

    @Context
    HttpServletRequest request;

    /** A signed timestamp, and how long to wait before posting with it. */
    public record FormToken(String token, long minimumSeconds) {
    }

    /** The answer to a message accepted: it never names the recipient. */
    public record Sent(String status, String message) {
        static Response accepted() {
            return Response.accepted(new Sent(SENT_STATUS, Messages.get("contact.sent"))).build();
        }
    }

    @GET
    @Path("token")
    @PermitAll
    @Operation(summary = "Jeton d'un message de contact", description = "Un horodatage signé, à joindre au message "
            + "(token) : un message posté moins de minimumSeconds secondes après l'obtention du jeton est refusé, "
            + "comme venant d'un robot. Valable 24 heures, pour plusieurs messages.")
    @APIResponse(responseCode = "200", description = "token et minimumSeconds")
    public FormToken token() {
        return new FormToken(service.token(), service.minimumSeconds());
    }

    @POST
    @PermitAll
    @Operation(summary = "Écrire à l'équipe du réseau", description = "name, email, organisation (facultatif), "
            + "message (10 à 5 000 caractères), consent (true obligatoire), token (GET /api/contact/token) et "
            + "website, qui doit rester vide (champ piège des robots). Le message part par courriel aux modérateurs, "
            + "avec l'adresse de l'expéditeur en Reply-To ; il est conservé le temps fixé par le serveur (90 jours "
            + "par défaut), puis effacé.")
    @APIResponse(responseCode = "202", description = "Message transmis")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide (details), jeton absent, invalide ou "
            + "trop récent, champ piège rempli")
    @APIResponse(responseCode = "429", description = "Trop de messages pour cette adresse ou depuis ce poste "
            + "(Retry-After)")
    public Response send(@Valid @NotNull(message = "{bocage.body.required}") ContactInput input) {
        service.send(service.network(), input, clientAddresses.of(request));
        return Sent.accepted();
    }
}
