package fr.bocage.network.actor;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.WorkflowAction;
import fr.bocage.catalog.WorkflowService;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.rest.Callers;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The network's actors: resources of type {@code actor} with an actor's fields. Searched, moderated, audited and
 * deleted like any resource; created, changed, submitted, claimed and exported here. No answer holds an actor's
 * contact address.
 */
@Path("actors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Acteurs")
public class ActorResource {
    private static final String ID = "{id: \\d{1,18}}";

    @Inject
    ActorService service;

    @Inject
    ActorRepository actors;

    @Inject
    ActorSearch search;

    @Inject
    ActorExport export;

    @Inject
    ClaimService claims;

    @Inject
    ResourceRepository resources;

    @Inject
    WorkflowService workflow;

    @Context
    SecurityContext caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Chercher dans l'annuaire des acteurs", description = "Les acteurs publiés, comme "
            + "/api/search?type=actor : q (texte), actorKind (association, cpie, municipality, intermunicipality, "
            + "department, region, regional-nature-park, public-body, company, consultancy, education, citizen-group, "
            + "other), territory, theme, engagement (municipalities, companies, partners), page, size, sort ; "
            + "codes ou libellés. Avec les facettes et leurs nombres.")
    @APIResponse(responseCode = "200", description = "Les acteurs trouvés et les facettes")
    @APIResponse(responseCode = "400", description = "Paramètre inconnu ou invalide")
    public ActorList list(@QueryParam("q") String q,
            @Parameter(description = "Nature de l'acteur") @QueryParam("actorKind") List<String> actorKind,
            @QueryParam("territory") List<String> territory, @QueryParam("theme") List<String> theme,
            @Parameter(description = "Dispositif « Engagés pour la nature »") @QueryParam("engagement")
            List<String> engagement) {
        return search.list(search.read(uri.getQueryParameters()));
    }

    @GET
    @Path(ID)
    @Operation(summary = "Un acteur")
    @APIResponse(responseCode = "200", description = "L'acteur")
    @APIResponse(responseCode = "404", description = "Acteur inconnu ou non publié")
    @APIResponse(responseCode = "410", description = "Acteur retiré")
    public ActorView get(@PathParam("id") long id) {
        Actor actor = actors.existing(id);
        return ActorView.of(resources.visibleTo(id, Callers.of(caller)), actor);
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Proposer un acteur", description = "metadata : title (le nom, obligatoire), summary (sa "
            + "présentation), themes, territory ; kind ; siren (9 chiffres, clé de Luhn vérifiée) ; commune ; website "
            + "(http ou https) ; engagement (municipalities, companies, partners) et engagedSince (année) ; "
            + "contactEmail (jamais affichée ni exportée : le formulaire de contact y écrit) ; country (code ISO à deux "
            + "lettres, FR si absent). Brouillon de son auteur, "
            + "à soumettre (/submit) ; publié aussitôt pour un modérateur.")
    @APIResponse(responseCode = "201", description = "L'acteur créé")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide (chaque champ nommé)")
    @APIResponse(responseCode = "401", description = "Authentification requise")
    public Response create(@Valid @NotNull(message = "{bocage.body.required}") ActorInput input) {
        DescribedActor created = service.create(input, Callers.of(caller));
        return Response.created(uri.getAbsolutePathBuilder().path(created.actor().getId().toString()).build())
                .entity(ActorView.of(created.resource(), created.actor())).build();
    }

    @PUT
    @Path(ID)
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Modifier un acteur", description = "Remplace sa description et ses champs : un champ "
            + "absent est effacé. Son auteur tant qu'il est en brouillon ou à reprendre ; ses représentants confirmés "
            + "et les modérateurs à tout moment.")
    @APIResponse(responseCode = "200", description = "L'acteur modifié")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide")
    @APIResponse(responseCode = "403", description = "Ce n'est pas votre acteur")
    @APIResponse(responseCode = "404", description = "Acteur inconnu")
    @APIResponse(responseCode = "409", description = "Son statut ne permet pas de le modifier")
    public ActorView update(@PathParam("id") long id,
            @Valid @NotNull(message = "{bocage.body.required}") ActorInput input) {
        DescribedActor updated = service.update(id, input, Callers.of(caller));
        return ActorView.of(updated.resource(), updated.actor());
    }

    @POST
    @Path(ID + "/submit")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Soumettre un acteur à la modération", description = "Comme /api/resources/{id}/submit ; "
            + "les modérateurs le publient par /api/resources/{id}/publish.")
    @APIResponse(responseCode = "200", description = "L'acteur soumis")
    @APIResponse(responseCode = "400", description = "Description incomplète (chaque champ nommé)")
    @APIResponse(responseCode = "403", description = "Ce n'est pas votre acteur")
    @APIResponse(responseCode = "409", description = "Son statut ne permet pas de le soumettre")
    public ActorView submit(@PathParam("id") long id) {
        Actor actor = actors.existing(id);
        Resource moved = workflow.perform(id, WorkflowAction.SUBMIT, Callers.of(caller), null);
        return ActorView.of(moved, actor);
    }

    @GET
    @Path("export")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Exporter l'annuaire", description = "Tous les acteurs publiés ; format=csv (UTF-8, « ; ») "
            + "ou json (défaut). Jamais d'adresse de contact.")
    @APIResponse(responseCode = "200", description = "L'annuaire")
    @APIResponse(responseCode = "400", description = "Format inconnu")
    public Response export(@QueryParam("format") String format) {
        if (format == null || format.equals("json")) {
            return Response.ok(export.published(), MediaType.APPLICATION_JSON_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"acteurs.json\"").build();
        }
        if (format.equals("csv")) {
            return Response.ok(export.csv(), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"acteurs.csv\"").build();
        }
        throw new InvalidInput(Messages.format("actor.export.format", format));
    }

    @POST
    @Path(ID + "/claims")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Demander à représenter un acteur", description = "Un modérateur confirme ou refuse la "
            + "demande ; confirmé, le compte peut modifier l'acteur.")
    @APIResponse(responseCode = "201", description = "La demande, en attente")
    @APIResponse(responseCode = "404", description = "Acteur inconnu ou non publié")
    @APIResponse(responseCode = "409", description = "Déjà demandé, ou déjà le vôtre")
    public Response claim(@PathParam("id") long id) {
        Claim claim = claims.claim(id, Callers.of(caller));
        return Response.created(uri.getBaseUriBuilder().path("actors/claims/" + claim.getId()).build())
                .entity(ClaimView.of(claim)).build();
    }

    @GET
    @Path(ID + "/claims")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Les demandes de représentation d'un acteur", description = "Pour les modérateurs.")
    @APIResponse(responseCode = "200", description = "Les demandes, les plus anciennes d'abord")
    public List<ClaimView> claimsOf(@PathParam("id") long id) {
        actors.existing(id);
        return claims.ofActor(id).stream().map(ClaimView::of).toList();
    }

    @GET
    @Path("claims")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Les demandes de représentation en attente", description = "Pour les modérateurs.")
    @APIResponse(responseCode = "200", description = "Les demandes en attente, les plus anciennes d'abord")
    public List<ClaimView> pendingClaims() {
        return claims.pending().stream().map(ClaimView::of).toList();
    }

    @POST
    @Path("claims/{cid: \\d{1,18}}/confirm")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Confirmer une demande de représentation")
    @APIResponse(responseCode = "200", description = "La demande confirmée")
    @APIResponse(responseCode = "404", description = "Demande inconnue")
    @APIResponse(responseCode = "409", description = "Demande déjà tranchée")
    public ClaimView confirm(@PathParam("cid") long cid) {
        return ClaimView.of(claims.decide(cid, true, Callers.of(caller)));
    }

    @POST
    @Path("claims/{cid: \\d{1,18}}/refuse")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Refuser une demande de représentation")
    @APIResponse(responseCode = "200", description = "La demande refusée")
    @APIResponse(responseCode = "404", description = "Demande inconnue")
    @APIResponse(responseCode = "409", description = "Demande déjà tranchée")
    public ClaimView refuse(@PathParam("cid") long cid) {
        return ClaimView.of(claims.decide(cid, false, Callers.of(caller)));
    }

}
