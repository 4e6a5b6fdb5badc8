package fr.bocage.network.membership;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.rest.Callers;
import fr.bocage.platform.security.Role;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own membership of a network: ask to join, read where it stands, change what they show, leave. Its
 * own class rather than a path of {@link NetworkResource}, so that neither class's paths shadow the other's.
 */
@Path("networks/{slug}/membership")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
@SecurityRequirement(name = BocageApplication.BASIC_AUTH)
@Tag(name = "Réseaux")
public class MembershipResource {

    @Inject
    MembershipService service;

    @Inject
    Networks networks;

    @Context
    SecurityContext caller;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Demander à rejoindre un réseau", description = "consent (true) obligatoire ; actorId (un "
            + "acteur publié de l'annuaire) ou newActor {name, kind, commune} (proposé à la modération) ; role, "
            + "territory, interests (thèmes) ; ce que les autres membres voient : showOrganisation, showRole, "
            + "showTerritory, showEmail ; receivesList. Les animateurs du réseau décident ; un refus ou un départ "
            + "permet une nouvelle demande.")
    @APIResponse(responseCode = "201", description = "La demande, en attente")
    @APIResponse(responseCode = "400", description = "Consentement absent, acteur, territoire ou thème inconnu")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "404", description = "Réseau inconnu")
    @APIResponse(responseCode = "409", description = "Déjà membre, ou demande déjà en attente")
    public Response request(@PathParam("slug") String slug,
            @Valid @NotNull(message = "{bocage.body.required}") MembershipInput input) {
        Member member = service.request(slug, input, Callers.of(caller));
        return Response.created(uri.getAbsolutePath()).entity(MembershipView.of(networks.existing(slug), member))
                .build();
    }

    @GET
    @Operation(summary = "Mon adhésion à un réseau", description = "Son état (pending, accepted, refused, left) et "
            + "mon profil.")
    @APIResponse(responseCode = "200", description = "Mon adhésion")
    @APIResponse(responseCode = "404", description = "Réseau inconnu, ou aucune demande")
    public MembershipView mine(@PathParam("slug") String slug) {
        Network network = networks.existing(slug);
        return service.mine(slug, Callers.of(caller)).map(m -> MembershipView.of(network, m))
                .orElseThrow(() -> new NotFound(Messages.format("membership.none", network.getName())));
    }

    @PUT
    @Operation(summary = "Modifier mon profil de membre", description = "Les mêmes champs que la demande ; le "
            + "consentement n'est pas redemandé. Pour une adhésion en attente ou acceptée.")
    @APIResponse(responseCode = "200", description = "Mon adhésion")
    @APIResponse(responseCode = "400", description = "Acteur, territoire ou thème inconnu")
    @APIResponse(responseCode = "404", description = "Réseau inconnu, ou pas d'adhésion en cours")
    public MembershipView update(@PathParam("slug") String slug,
            @Valid @NotNull(message = "{bocage.body.required}") MembershipInput input) {
        return MembershipView.of(networks.existing(slug), service.updateProfile(slug, input, Callers.of(caller)));
    }

    @DELETE
    @Operation(summary = "Quitter un réseau", description = "Ou retirer sa demande en attente.")
    @APIResponse(responseCode = "200", description = "Mon adhésion, terminée (left)")
    @APIResponse(responseCode = "404", description = "Réseau inconnu, ou pas d'adhésion en cours")
    public MembershipView leave(@PathParam("slug") String slug) {
        return MembershipView.of(networks.existing(slug), service.leave(slug, Callers.of(caller)));
    }
}
