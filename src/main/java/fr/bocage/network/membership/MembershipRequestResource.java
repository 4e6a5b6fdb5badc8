package fr.bocage.network.membership;

import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.rest.Callers;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The requests to join a network that wait, and the decisions on them: for its animators and administrators. */
@Path("networks/{slug}/requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
@SecurityRequirement(name = BocageApplication.BASIC_AUTH)
@Tag(name = "Réseaux")
public class MembershipRequestResource {
    private static final String ID = "{id: \\d{1,18}}";

    @Inject
    MembershipService service;

    @Inject
    Networks networks;

    @Context
    SecurityContext caller;

    @GET
    @Operation(summary = "Les demandes d'adhésion en attente", description = "Pour les animateurs du réseau et les "
            + "administrateurs.")
    @APIResponse(responseCode = "200", description = "Les demandes, les plus anciennes d'abord")
    @APIResponse(responseCode = "403", description = "Réservé aux animateurs du réseau et aux administrateurs")
    @APIResponse(responseCode = "404", description = "Réseau inconnu")
    public List<MembershipView> pending(@PathParam("slug") String slug) {
        Network network = networks.existing(slug);
        return service.pending(slug, Callers.of(caller)).stream().map(m -> MembershipView.of(network, m)).toList();
    }

    @POST
    @Path(ID + "/accept")
    @Operation(summary = "Accepter une demande d'adhésion", description = "message facultatif ; la personne est "
            + "prévenue par e-mail.")
    @APIResponse(responseCode = "200", description = "L'adhésion acceptée")
    @APIResponse(responseCode = "403", description = "Réservé aux animateurs du réseau et aux administrateurs")
    @APIResponse(responseCode = "404", description = "Réseau ou demande inconnus")
    @APIResponse(responseCode = "409", description = "Demande déjà décidée")
    public MembershipView accept(@PathParam("slug") String slug, @PathParam("id") long id,
            @Valid DecisionInput input) {
        return decide(slug, id, true, input);
    }

    @POST
    @Path(ID + "/refuse")
    @Operation(summary = "Refuser une demande d'adhésion", description = "message facultatif, envoyé à la personne "
            + "par e-mail avec le refus.")
    @APIResponse(responseCode = "200", description = "L'adhésion refusée")
    @APIResponse(responseCode = "403", description = "Réservé aux animateurs du réseau et aux administrateurs")
    @APIResponse(responseCode = "404", description = "Réseau ou demande inconnus")
    @APIResponse(responseCode = "409", description = "Demande déjà décidée")
    public MembershipView refuse(@PathParam("slug") String slug, @PathParam("id") long id,
            @Valid DecisionInput input) {
        return decide(slug, id, false, input);
    }

    private MembershipView decide(String slug, long id, boolean accept, DecisionInput input) {
        Member member = service.decide(slug, id, accept, input == null ? null : input.message(), Callers.of(caller));
        return MembershipView.of(networks.existing(slug), member);
    }
}
