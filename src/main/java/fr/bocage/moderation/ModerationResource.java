package fr.bocage.moderation;

import fr.bocage.audit.AuditEvent;
import fr.bocage.catalog.ResourceView;
import fr.bocage.catalog.WorkflowAction;
import fr.bocage.catalog.WorkflowService;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.rest.Callers;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The moves of the moderation workflow on a resource, and its history. Shares its path with the catalog's
 * resource class: both serve /api/resources, each its own sub-paths.
 */
@Path("resources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = BocageApplication.BASIC_AUTH)
@Tag(name = "Modération", description = "Soumission, décisions des modérateurs, file d'attente et historique")
public class ModerationResource {
    static final int MAX_MESSAGE = 2000;

    @Inject
    WorkflowService moderation;

    @Context
    SecurityContext context;

    /** What a moderator tells the owner when asking for changes or refusing. */
    public record RequiredMessage(
            @NotBlank(message = "{bocage.message.required}") @Size(max = MAX_MESSAGE, message = "{bocage.message.size}")
            String message) {
    }

    /** What a moderator may tell the owner when withdrawing a resource. */
    public record OptionalMessage(@Size(max = MAX_MESSAGE, message = "{bocage.message.size}") String message) {
    }

    @JsonbPropertyOrder({"action", "actor", "from", "to", "message", "at"})
    public record HistoryEntry(String action, String actor, String from, String to, String message, Instant at) {
        static HistoryEntry of(AuditEvent e) {
            return new HistoryEntry(ApiNames.of(e.getAction()), e.getActor(), e.getFromStatus(), e.getToStatus(),
                    e.getMessage(), e.getOccurredAt());
        }
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
    @Operation(summary = "Soumettre sa ressource à la modération",
            description = "Par son déposant, depuis le brouillon ou après des modifications demandées, une fois "
                    + "décrite : résumé, type, au moins un thème et territoire (un accusé de réception lui est envoyé).")
    @APIResponse(responseCode = "200", description = "La ressource, soumise")
    @APIResponse(responseCode = "403", description = "Seul le déposant soumet sa ressource")
    @APIResponse(responseCode = "404", description = "Ressource inconnue")
    @APIResponse(responseCode = "400", description = "Description incomplète : details nomme chaque champ à "
            + "compléter (summary, type, theme, territory, title)")
    @APIResponse(responseCode = "409", description = "Pas dans ce statut (le message dit les actions possibles)")
    public ResourceView submit(@PathParam("id") long id) {
        return perform(id, WorkflowAction.SUBMIT, null);
    }

    @POST
    @Path("{id}/retract")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
    @Operation(summary = "Reprendre sa ressource soumise, pour la modifier",
            description = "Par son déposant, tant qu'aucun modérateur n'a décidé : elle redevient un brouillon, "
                    + "qu'il modifie et soumet de nouveau.")
    @APIResponse(responseCode = "200", description = "La ressource, redevenue brouillon")
    @APIResponse(responseCode = "403", description = "Seul le déposant reprend sa ressource")
    @APIResponse(responseCode = "404", description = "Ressource inconnue")
    @APIResponse(responseCode = "409", description = "Pas soumise (déjà décidée, ou encore brouillon)")
    public ResourceView retract(@PathParam("id") long id) {
        return perform(id, WorkflowAction.RETRACT, null);
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR})
    @Operation(summary = "Publier une ressource soumise (modérateurs)")
    @APIResponse(responseCode = "200", description = "La ressource, publiée ; son déposant est prévenu par e-mail")
    @APIResponse(responseCode = "403", description = "Réservé aux modérateurs et administrateurs")
    @APIResponse(responseCode = "404", description = "Ressource inconnue")
    @APIResponse(responseCode = "409", description = "La ressource n'est pas soumise")
    public ResourceView publish(@PathParam("id") long id) {
        return perform(id, WorkflowAction.PUBLISH, null);
    }

    @POST
    @Path("{id}/{decision: request-changes|reject}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.MODERATOR})
    @Operation(summary = "Demander des modifications (request-changes) ou refuser (reject) une ressource soumise "
            + "(modérateurs)",
            description = "Corps : {\"message\": \"ce qui doit changer, ou la raison du refus\"}, obligatoire. "
                    + "Demander des modifications renvoie la ressource à son déposant, qui la modifie et la soumet de "
                    + "nouveau ; un refus est définitif.")
    @APIResponse(responseCode = "200", description = "La ressource ; son déposant est prévenu par e-mail")
    @APIResponse(responseCode = "400", description = "Message absent ou trop long")
    @APIResponse(responseCode = "403", description = "Réservé aux modérateurs et administrateurs")
    @APIResponse(responseCode = "404", description = "Ressource inconnue")
    @APIResponse(responseCode = "409", description = "La ressource n'est pas soumise")
    public ResourceView decide(@PathParam("id") long id,
            @Parameter(schema = @Schema(enumeration = {"request-changes", "reject"})) @PathParam("decision")
            String decision,
            @Valid @NotNull(message = "{bocage.body.required}") RequiredMessage body) {
        WorkflowAction action = decision.equals(ApiNames.of(WorkflowAction.REJECT))
                ? WorkflowAction.REJECT : WorkflowAction.REQUEST_CHANGES;
        return perform(id, action, body.message());
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.MODERATOR})
    @Operation(summary = "Retirer une ressource publiée (modérateurs)",
            description = "Corps facultatif : {\"message\": \"la raison\"}. La ressource disparaît de la recherche "
                    + "et ses adresses publiques répondent 410.")
    @APIResponse(responseCode = "200", description = "La ressource, retirée ; son déposant est prévenu par e-mail")
    @APIResponse(responseCode = "400", description = "Message trop long")
    @APIResponse(responseCode = "403", description = "Réservé aux modérateurs et administrateurs")
    @APIResponse(responseCode = "404", description = "Ressource inconnue")
    @APIResponse(responseCode = "409", description = "La ressource n'est pas publiée")
    public ResourceView withdraw(@PathParam("id") long id, @Valid OptionalMessage body) {
        return perform(id, WorkflowAction.WITHDRAW, body == null ? null : body.message());
    }

    /** The same without any body: a reason is optional, so a bare POST must not answer 415. */
    @POST
    @Path("{id}/withdraw")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR})
    @Operation(hidden = true)
    public ResourceView withdrawWithoutReason(@PathParam("id") long id) {
        return withdraw(id, null);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR})
    @Operation(summary = "L'historique d'une ressource (modérateurs)",
            description = "Chaque création, modification, décision et suppression : qui, quand, de quel statut à "
                    + "quel statut, avec quel message ; le plus ancien d'abord. Reste consultable après suppression.")
    @APIResponse(responseCode = "200", description = "Les événements")
    @APIResponse(responseCode = "403", description = "Réservé aux modérateurs et administrateurs")
    @APIResponse(responseCode = "404", description = "Ressource inconnue")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return moderation.history(id).stream().map(HistoryEntry::of).toList();
    }

    private ResourceView perform(long id, WorkflowAction action, String message) {
        Caller caller = Callers.of(context);
        return ResourceView.of(moderation.perform(id, action, caller, message), caller);
    }
}
