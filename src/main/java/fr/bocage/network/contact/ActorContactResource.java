package fr.bocage.network.contact;

import fr.bocage.platform.web.ClientAddresses;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Writing to one actor: the same message and checks as {@link ContactResource}'s, to the actor's address. */
@Path("actors/{id}/contact")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contact")
public class ActorContactResource {

    @Inject
    ContactService service;

    @Inject
    ClientAddresses clientAddresses;

    @Context
    HttpServletRequest request;

    @POST
    @PermitAll
    @Operation(summary = "Écrire à un acteur", description = "Les mêmes champs et contrôles que POST /api/contact. "
            + "Le message part à l'adresse de contact de l'acteur, qui n'est jamais communiquée, ou aux modérateurs "
            + "s'il n'en a pas.")
    @APIResponse(responseCode = "202", description = "Message transmis")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide, jeton absent, invalide ou trop récent, "
            + "champ piège rempli")
    @APIResponse(responseCode = "404", description = "Aucun acteur publié de ce numéro")
    @APIResponse(responseCode = "429", description = "Trop de messages pour cette adresse ou depuis ce poste")
    public Response send(@PathParam("id") long id,
            @Valid @NotNull(message = "{bocage.body.required}") ContactInput input) {
        service.send(service.actor(id), input, clientAddresses.of(request));
        return ContactResource.Sent.accepted();
    }
}
