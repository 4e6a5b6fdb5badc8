package fr.bocage.alert;

import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One's saved searches (their owner's only: another's answers 404), the one-click stop, the digest run at once. */
@Path("saved-searches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
@SecurityRequirement(name = BocageApplication.BASIC_AUTH)
@Tag(name = "Recherches enregistrées")
public class SavedSearchResource {
    /** The address of {@code List-Unsubscribe} in the digests. */
    static final String STOP_PATH = "/api/saved-searches/stop";
    private static final String ID = "{id: \\d{1,18}}";

    @Inject
    SavedSearchService service;

    @Inject
    DigestJob digests;

    @Context
    SecurityContext caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Mes recherches enregistrées")
    public List<SavedSearchView> list() {
        return service.of(owner()).stream().map(SavedSearchView::of).toList();
    }

    @GET
    @Path(ID)
    @Operation(summary = "Une de mes recherches enregistrées")
    @APIResponse(responseCode = "404", description = "Inconnue, ou d'un autre compte")
    public SavedSearchView get(@PathParam("id") long id) {
        return SavedSearchView.of(service.get(owner(), id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enregistrer une recherche", description = "name (obligatoire, 120 caractères au plus) ; "
            + "search : les paramètres de /recherche (q=haies&theme=water…, 2 000 caractères au plus ; page, size et "
            + "sort sont ignorés) ; frequency : none (par défaut), daily ou weekly, pour recevoir par courriel ce "
            + "qui a été publié depuis le dernier envoi. 50 recherches par compte au plus.")
    @APIResponse(responseCode = "201", description = "La recherche enregistrée, avec l'adresse de son flux Atom")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide, paramètre de recherche inconnu")
    @APIResponse(responseCode = "409", description = "Déjà 50 recherches enregistrées")
    public Response create(@Valid @NotNull(message = "{bocage.body.required}") SavedSearchInput input) {
        SavedSearch created = service.create(owner(), input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.getId().toString()).build())
                .entity(SavedSearchView.of(created)).build();
    }

    @PUT
    @Path(ID)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Modifier une de mes recherches", description = "name ; search (absent : inchangée) ; "
            + "frequency (absente : inchangée). Activer le résumé ne renvoie pas ce qui a été publié avant.")
    @APIResponse(responseCode = "404", description = "Inconnue, ou d'un autre compte")
    public SavedSearchView update(@PathParam("id") long id,
            @Valid @NotNull(message = "{bocage.body.required}") SavedSearchInput input) {
        return SavedSearchView.of(service.update(owner(), id, input));
    }

    @DELETE
    @Path(ID)
    @Operation(summary = "Supprimer une de mes recherches", description = "Son flux et son résumé cessent.")
    @APIResponse(responseCode = "204", description = "Supprimée")
    @APIResponse(responseCode = "404", description = "Inconnue, ou d'un autre compte")
    public void delete(@PathParam("id") long id) {
        service.delete(owner(), id);
    }

    @POST
    @Path("stop")
    @PermitAll
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.WILDCARD})
    @Operation(summary = "Ne plus recevoir le résumé d'une recherche (un clic, RFC 8058)",
            description = "L'adresse de l'en-tête List-Unsubscribe des résumés : le logiciel de messagerie la poste "
                    + "(List-Unsubscribe=One-Click) ; sans compte. La recherche et son flux restent.")
    @APIResponse(responseCode = "204", description = "Le résumé est arrêté (ou l'était déjà)")
    @APIResponse(responseCode = "404", description = "Lien inconnu (recherche supprimée)")
    public void stop(@QueryParam("token") String token) {
        service.stop(token);
    }

    @POST
    @Path("digest")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Envoyer maintenant les résumés dus (administrateurs)",
            description = "Ce que fait la tâche horaire ; at (facultatif, ISO-8601) : comme à cet instant, pour "
                    + "essayer (une semaine plus tard, tout résumé est dû).")
    @APIResponse(responseCode = "200", description = "Combien de recherches ont eu un résumé, rien de nouveau…")
    @APIResponse(responseCode = "400", description = "at n'est pas un instant ISO-8601")
    @APIResponse(responseCode = "403", description = "Réservé aux administrateurs")
    public DigestJob.Run runDigest(@QueryParam("at") String at) {
        Instant when;
        try {
            when = at == null || at.isBlank() ? Instant.now() : Instant.parse(at.strip());
        } catch (DateTimeParseException e) {
            throw new fr.bocage.platform.error.InvalidInput(fr.bocage.platform.Messages.get("alert.at.invalid"));
        }
        return digests.run(when);
    }

    private String owner() {
        return caller.getUserPrincipal().getName();
    }
}
