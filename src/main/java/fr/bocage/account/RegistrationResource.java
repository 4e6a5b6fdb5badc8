package fr.bocage.account;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Self-registration over the API, as on the page {@code /inscription}. */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comptes")
public class RegistrationResource {

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    Registration registration;

    @Context
    HttpServletRequest request;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "S'inscrire comme contributeur ; le compte s'ouvre avec le lien envoyé par e-mail")
    @APIResponse(responseCode = "201", description = "Compte créé, e-mail de confirmation envoyé")
    @APIResponse(responseCode = "400", description = "Données invalides")
    @APIResponse(responseCode = "409", description = "Un compte existe déjà avec cette adresse")
    @APIResponse(responseCode = "429", description = "Trop d'e-mails envoyés à cette adresse ou demandés depuis ce client ; voir Retry-After")
    public Response register(@Valid @NotNull(message = "{bocage.body.required}") NewRegistration input) {
        Account account = registration.register(input, clientAddresses.of(request));
        return Response.status(Response.Status.CREATED).entity(AccountResource.AccountView.of(account)).build();
    }
}
