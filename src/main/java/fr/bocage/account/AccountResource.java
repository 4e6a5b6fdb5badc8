package fr.bocage.account;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts as administrators see them: created with a user name and roles, roles changed, enabled or disabled. */
@Path("admin/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@SecurityRequirement(name = BocageApplication.BASIC_AUTH)
@Tag(name = "Administration")
public class AccountResource {
    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccountAdministration administration;

    @Context
    UriInfo uri;

    @Context
    SecurityContext caller;

    public record NewAccount(
            @NotBlank(message = "{bocage.username.required}") @Size(max = 320, message = "{bocage.username.size}")
            @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "{bocage.username.pattern}") String username,
            @NotNull(message = "{bocage.password.size}") @Size(min = 12, max = 200, message = "{bocage.password.size}") String password,
            @Size(max = 200, message = "{bocage.name.size}") String displayName,
            @NotEmpty(message = "{bocage.roles.required}") Set<String> roles) {
    }

    public record RolesChange(@NotNull(message = "{bocage.roles.list.required}") Set<String> roles) {
    }

    public record EnabledChange(@NotNull(message = "{bocage.enabled.required}") Boolean enabled) {
    }

    @JsonbPropertyOrder({"username", "displayName", "email", "organisation", "territory", "roles", "emailVerified",
            "enabled", "createdAt", "termsAcceptedAt", "singleSignOnIssuer"})
    public record AccountView(String username, String displayName, String email, String organisation,
            String territory, List<String> roles, boolean emailVerified, boolean enabled, Instant createdAt,
            Instant termsAcceptedAt, String singleSignOnIssuer) {
        static AccountView of(Account a) {
            return new AccountView(a.getUsername(), a.getDisplayName(), a.getEmail(), a.getOrganisation(),
                    a.getTerritory(), a.getRoles().stream().sorted().toList(), a.isEmailVerified(), a.isEnabled(),
                    a.getCreatedAt(), a.getTermsAcceptedAt(), a.getSingleSignOnIssuer());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Créer un compte avec ses rôles (administrateurs)")
    @APIResponse(responseCode = "201", description = "Compte créé")
    @APIResponse(responseCode = "400", description = "Données invalides ou rôle inconnu")
    @APIResponse(responseCode = "409", description = "Identifiant déjà pris")
    public Response create(@Valid @NotNull(message = "{bocage.body.required}") NewAccount input) {
        for (String role : input.roles()) {
            if (!Role.ALL.contains(role)) {
                throw new InvalidInput(Messages.format("account.role.unknown", role, String.join(", ", Role.ALL)));
            }
        }
        if (accounts.findByUsername(input.username()).isPresent()) {
            throw new Conflict(Messages.format("account.exists", input.username()));
        }
        Account account = accounts.save(new Account(input.username(), hasher.hash(input.password()),
                input.displayName(), input.roles()));
        return Response.created(uri.getAbsolutePathBuilder().path(account.getUsername()).build())
                .entity(AccountView.of(account)).build();
    }

    @GET
    @Operation(summary = "Les comptes et leurs rôles (administrateurs)")
    public List<AccountView> list() {
        return accounts.all().stream().map(AccountView::of).toList();
    }

    @PUT
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remplacer les rôles d'un compte (administrateurs ; pas son propre rôle admin)")
    @APIResponse(responseCode = "200", description = "Rôles enregistrés")
    @APIResponse(responseCode = "400", description = "Rôle inconnu")
    @APIResponse(responseCode = "404", description = "Compte inconnu")
    @APIResponse(responseCode = "409", description = "Retrait de son propre rôle admin")
    public AccountView setRoles(@PathParam("username") String username,
            @Valid @NotNull(message = "{bocage.body.required}") RolesChange input) {
        return AccountView.of(administration.setRoles(actor(), username, input.roles()));
    }

    @PUT
    @Path("{username}/enabled")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Activer ou désactiver un compte (administrateurs ; pas le sien)")
    @APIResponse(responseCode = "200", description = "État enregistré")
    @APIResponse(responseCode = "404", description = "Compte inconnu")
    @APIResponse(responseCode = "409", description = "Désactivation de son propre compte")
    public AccountView setEnabled(@PathParam("username") String username,
            @Valid @NotNull(message = "{bocage.body.required}") EnabledChange input) {
        return AccountView.of(administration.setEnabled(actor(), username, input.enabled()));
    }

    private String actor() {
        return caller.getUserPrincipal().getName();
    }
}
