package fr.bocage.moderation;

import fr.bocage.catalog.QueuePage;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.WorkflowService;
import fr.bocage.platform.Messages;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.rest.QueryNumber;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("moderation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.MODERATOR})
@SecurityRequirement(name = BocageApplication.BASIC_AUTH)
@Tag(name = "Modération")
public class ModerationQueueResource {

    /** How many resources wait in all, beside the page of them. */
    static final String TOTAL_COUNT = "X-Total-Count";

    @Inject
    WorkflowService moderation;

    /** @param extraction the status of the text extraction, which tells a moderator whether the text was read */
    @JsonbPropertyOrder({"id", "title", "owner", "submittedAt", "type", "extraction"})
    public record QueueEntry(long id, String title, String owner, Instant submittedAt, String type, String extraction) {
        static QueueEntry of(Resource r) {
            // Resources submitted before the workflow kept no submission time: their creation stands in.
            Instant submitted = r.getSubmittedAt() == null ? r.getCreatedAt() : r.getSubmittedAt();
            return new QueueEntry(r.getId(), r.getTitle(), r.getCreatedBy(), submitted, r.description().type(),
                    r.getExtraction() == null ? null : ApiNames.of(r.getExtraction().getStatus()));
        }
    }

    @Inject
    ModerationDigest digest;

    @POST
    @Path("digest")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Envoyer maintenant le résumé quotidien aux modérateurs (administrateurs)",
            description = "Le même courriel que celui de chaque jour (réglage bocage.moderation.digest-at) : à chaque "
                    + "modérateur et administrateur dont l'adresse est confirmée, si des contributions attendent.")
    @APIResponse(responseCode = "200", description = "Combien attendaient, et combien de personnes ont été prévenues")
    @APIResponse(responseCode = "403", description = "Réservé aux administrateurs")
    public ModerationDigest.Sent sendDigest() {
        return digest.send();
    }

    /** Whether the daily digest reaches the caller. */
    public record DigestSubscription(@NotNull(message = "{bocage.digest.receive.required}") Boolean receive) {
    }

    @Context
    SecurityContext context;

    @GET
    @Path("digest/subscription")
    @Operation(summary = "Savoir si le résumé quotidien vous parvient (modérateurs)")
    public DigestSubscription subscription() {
        return new DigestSubscription(digest.reaches(context.getUserPrincipal().getName()));
    }

    @PUT
    @Path("digest/subscription")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recevoir ou non le résumé quotidien (modérateurs)",
            description = "Chaque modérateur choisit pour lui-même ; par défaut, il le reçoit.")
    @APIResponse(responseCode = "200", description = "Le choix enregistré")
    @APIResponse(responseCode = "400", description = "« receive » manque : true ou false")
    public DigestSubscription subscribe(@Valid @NotNull(message = "{bocage.body.required}") DigestSubscription choice) {
        digest.choose(context.getUserPrincipal().getName(), choice.receive());
        return subscription();
    }

    @GET
    @Path("queue")
    @Operation(summary = "Les ressources soumises, à modérer (modérateurs)",
            description = "La plus anciennement soumise d'abord, par pages de 1 000 au plus (page, size) ; le nombre "
                    + "de ressources en attente dans l'en-tête X-Total-Count.")
    @APIResponse(responseCode = "200", description = "Une page de la file, la plus ancienne d'abord")
    @APIResponse(responseCode = "400", description = "page ou size n'est pas un entier dans les bornes")
    public Response queue(@Parameter(description = "Page, à partir de 1") @QueryParam("page") String page,
                          @Parameter(description = "Taille de page, 1 000 au plus (par défaut)") @QueryParam("size")
                          String size) {
        QueuePage queue = moderation.queue(
                QueryNumber.read(page, 1, 1, Integer.MAX_VALUE, Messages.get("search.page.invalid")),
                QueryNumber.read(size, QueuePage.MAX_SIZE, 1, QueuePage.MAX_SIZE,
                        Messages.format("moderation.size.invalid", QueuePage.MAX_SIZE)));
        return Response.ok(queue.resources().stream().map(QueueEntry::of).toList())
                .header(TOTAL_COUNT, queue.total()).build();
    }
}
