package fr.bocage.network.newsletter;

import fr.bocage.platform.Messages;
import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.rest.Callers;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.ClientAddresses;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The newsletter's API: subscribing (double opt-in), confirming, unsubscribing (anybody), composing, testing and
 * sending issues with their progress (animators), and the archive (anybody).
 */
@Path("newsletter")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lettre d'information")
public class NewsletterResource {

    @Inject
    SubscriptionService subscriptions;

    @Inject
    IssueService issues;

    @Inject
    ClientAddresses clientAddresses;

    @Context
    HttpServletRequest request;

    @Context
    SecurityContext caller;

    /** A signed timestamp, and how long to wait before posting with it. */
    public record FormToken(String token, long minimumSeconds) {
    }

    /** The answer to a request that must not tell whether the address was known. */
    public record Answer(String status, String message) {
    }

    public record TokenInput(String token) {
    }

    public record IssueInput(String subject, String editorial, List<Long> items) {
    }

    @GET
    @Path("token")
    @PermitAll
    @Operation(summary = "Jeton du formulaire d'abonnement", description = "Un horodatage signé à joindre à "
            + "l'abonnement (token) : posté moins de minimumSeconds secondes après, il est refusé comme venant d'un "
            + "robot. Valable 24 heures.")
    @APIResponse(responseCode = "200", description = "token et minimumSeconds")
    public FormToken token() {
        return new FormToken(subscriptions.token(), subscriptions.minimumSeconds());
    }

    @POST
    @Path("subscriptions")
    @PermitAll
    @Operation(summary = "S'abonner à la lettre (double confirmation)", description = "email, themes (codes ou "
            + "libellés du vocabulaire des thèmes ; aucun = tous), consent (true), token (GET /api/newsletter/token) "
            + "et website, qui doit rester vide. Un courriel de confirmation part ; rien d'autre n'est envoyé avant "
            + "que son lien soit suivi. La réponse est la même que l'adresse soit nouvelle, en attente ou déjà "
            + "abonnée.")
    @APIResponse(responseCode = "202", description = "Courriel de confirmation envoyé")
    @APIResponse(responseCode = "400", description = "Champ invalide (details), thème inconnu, jeton absent ou trop "
            + "récent, champ piège rempli")
    @APIResponse(responseCode = "429", description = "Trop de demandes pour cette adresse ou depuis ce poste")
    public Response subscribe(@Valid @NotNull(message = "{bocage.body.required}") SubscriptionInput input) {
        subscriptions.subscribe(input, clientAddresses.of(request));
        return Response.accepted(new Answer("pending", Messages.get("newsletter.subscribed"))).build();
    }

    @POST
    @Path("subscriptions/confirm")
    @PermitAll
    @Operation(summary = "Confirmer un abonnement", description = "token : le jeton du lien reçu par courriel "
            + "(usage unique, valable 7 jours).")
    @APIResponse(responseCode = "200", description = "Abonnement confirmé")
    @APIResponse(responseCode = "404", description = "Jeton inconnu ou déjà utilisé")
    @APIResponse(responseCode = "410", description = "Jeton expiré : s'abonner à nouveau")
    public Answer confirm(@NotNull(message = "{bocage.body.required}") TokenInput input) {
        subscriptions.confirm(input.token());
        return new Answer("confirmed", Messages.get("newsletter.confirmed"));
    }

    @POST
    @Path("unsubscribe")
    @PermitAll
    @Operation(summary = "Se désabonner", description = "token : le jeton du lien de désabonnement de chaque "
            + "courriel. L'adresse est effacée. Les clients de messagerie utilisent plutôt l'en-tête "
            + "List-Unsubscribe (POST List-Unsubscribe=One-Click sur /lettre/desabonnement, RFC 8058).")
    @APIResponse(responseCode = "200", description = "Désabonné (aussi pour une adresse déjà désabonnée)")
    @APIResponse(responseCode = "404", description = "Jeton invalide")
    public Answer unsubscribe(@NotNull(message = "{bocage.body.required}") TokenInput input) {
        subscriptions.unsubscribe(input.token());
        return new Answer("unsubscribed", Messages.get("newsletter.unsubscribed"));
    }

    @GET
    @Path("archive")
    @PermitAll
    @Operation(summary = "Les numéros envoyés, du plus récent au plus ancien")
    public List<IssueView> archive() {
        return issues.archive().stream().map(i -> publicView(i, null)).toList();
    }

    @GET
    @Path("archive/{number}")
    @PermitAll
    @Operation(summary = "Un numéro envoyé, avec ses contenus encore publiés")
    @APIResponse(responseCode = "200", description = "Le numéro")
    @APIResponse(responseCode = "404", description = "Aucun numéro envoyé ne porte ce numéro")
    public IssueView archived(@PathParam("number") int number) {
        IssueService.Composed composed = issues.archived(number);
        return publicView(composed.issue(), composed.items());
    }

    @GET
    @Path("issues")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Tous les numéros (brouillons, en cours d'envoi, envoyés), pour les animateurs")
    public List<IssueView> list() {
        return issues.all(Callers.of(caller)).stream().map(i -> IssueView.of(i, null)).toList();
    }

    @POST
    @Path("issues")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Composer un numéro", description = "Un brouillon qui reprend ce qui a été publié depuis le "
            + "début de l'envoi du numéro précédent (ressources, formations, actions…), du plus récent au plus "
            + "ancien. subject facultatif.")
    @APIResponse(responseCode = "201", description = "Le brouillon (Location)")
    public Response compose(IssueInput input) {
        Issue issue = issues.compose(Callers.of(caller), input == null ? null : input.subject());
        IssueService.Composed composed = issues.composed(issue.getId(), Callers.of(caller));
        return Response.created(URI.create("/api/newsletter/issues/" + issue.getId()))
                .entity(IssueView.of(composed.issue(), composed.items())).build();
    }

    @GET
    @Path("issues/{id}")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Un numéro, ses contenus encore publiés et l'avancement de son envoi")
    @APIResponse(responseCode = "404", description = "Numéro inconnu")
    public IssueView get(@PathParam("id") long id) {
        IssueService.Composed composed = issues.composed(id, Callers.of(caller));
        return IssueView.of(composed.issue(), composed.items());
    }

    @PUT
    @Path("issues/{id}")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Modifier un brouillon", description = "subject (obligatoire), editorial (texte, "
            + "paragraphes séparés par une ligne vide), items : les id des contenus à garder, dans l'ordre voulu "
            + "(absent : inchangés).")
    @APIResponse(responseCode = "200", description = "Le brouillon")
    @APIResponse(responseCode = "400", description = "Objet absent, contenu inconnu")
    @APIResponse(responseCode = "409", description = "Le numéro n'est plus un brouillon")
    public IssueView edit(@PathParam("id") long id, @NotNull(message = "{bocage.body.required}") IssueInput input) {
        IssueService.Composed composed = issues.edit(id, Callers.of(caller), input.subject(), input.editorial(),
                input.items());
        return IssueView.of(composed.issue(), composed.items());
    }

    @DELETE
    @Path("issues/{id}")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Supprimer un brouillon")
    @APIResponse(responseCode = "204", description = "Supprimé")
    @APIResponse(responseCode = "409", description = "Le numéro n'est plus un brouillon")
    public Response delete(@PathParam("id") long id) {
        issues.delete(id, Callers.of(caller));
        return Response.noContent().build();
    }

    @POST
    @Path("issues/{id}/test")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "M'envoyer le numéro pour essai", description = "À l'adresse du compte appelant, objet "
            + "préfixé « [Essai] ».")
    @APIResponse(responseCode = "202", description = "Envoyé")
    public Response test(@PathParam("id") long id) {
        String to = issues.sendTest(id, Callers.of(caller));
        return Response.accepted(new Answer("sent", Messages.format("newsletter.test.sent", to))).build();
    }

    @POST
    @Path("issues/{id}/send")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Envoyer le numéro aux abonnés confirmés", description = "En arrière-plan, par lots de 500 "
            + "abonnés ; chaque abonné reçoit les contenus qui partagent un de ses thèmes (tous s'il n'en a choisi "
            + "aucun). Suivre GET /api/newsletter/issues/{id}/progress.")
    @APIResponse(responseCode = "202", description = "Envoi lancé")
    @APIResponse(responseCode = "409", description = "Déjà envoyé, ou aucun contenu encore publié")
    public Response send(@PathParam("id") long id) {
        Issue issue = issues.send(id, Callers.of(caller));
        return Response.accepted(IssueView.progress(issue))
                .location(URI.create("/api/newsletter/issues/" + id + "/progress")).build();
    }

    @GET
    @Path("issues/{id}/progress")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "L'avancement d'un envoi", description = "total, processed, sent, skipped (aucun contenu "
            + "de leurs thèmes), failed, percent ; status dans GET /api/newsletter/issues/{id}.")
    public IssueView.Progress progress(@PathParam("id") long id) {
        return IssueView.progress(issues.progress(id, Callers.of(caller)));
    }

    public record BulkInput(Integer count, String prefix, String domain, List<String> themes) {
    }

    public record BulkAnswer(int added) {
    }

    @POST
    @Path("subscribers/bulk")
    @RolesAllowed(Role.ADMIN)
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Ajouter des abonnés confirmés fictifs (banc d'essai)", description = "count (1 à 50 000) "
            + "adresses prefix-n@domain confirmées d'emblée, sans double confirmation : le chemin rapide du banc "
            + "d'essai (mvn -Pbenchmark -Dbench.mode=newsletter). Réservé aux administrateurs ; à ne pas utiliser "
            + "sur un centre en service.")
    @APIResponse(responseCode = "200", description = "added : le nombre d'abonnés créés")
    public BulkAnswer bulk(@NotNull(message = "{bocage.body.required}") BulkInput input) {
        int count = input.count() == null ? 0 : input.count();
        String prefix = input.prefix() == null ? "" : input.prefix();
        String domain = input.domain() == null ? "bench.invalid" : input.domain();
        if (count < 1 || count > 50_000 || !prefix.matches("[a-z0-9-]{1,40}")
                || !domain.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+")) {
            throw new fr.bocage.platform.error.InvalidInput(Messages.get("newsletter.bulk.invalid"));
        }
        return new BulkAnswer(subscriptions.addConfirmedForBenchmark(prefix, domain, count,
                input.themes() == null ? List.of() : input.themes()));
    }

    /** What everybody sees of a sent issue: no author, no counts. */
    private static IssueView publicView(Issue issue, List<IssueItem> items) {
        IssueView full = IssueView.of(issue, items);
        return new IssueView(full.id(), full.number(), full.subject(), full.editorial(), full.status(), null, null,
                null, null, full.sentAt(), null, full.items());
    }
}
