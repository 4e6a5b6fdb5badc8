package fr.bocage.network.membership;

import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.rest.Callers;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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

/** A network's members' directory: for its members and animators only. */
@Path("networks/{slug}/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
@SecurityRequirement(name = BocageApplication.BASIC_AUTH)
@Tag(name = "Réseaux")
public class MemberResource {

    @Inject
    Networks networks;

    @Inject
    MemberDirectory directory;

    @Context
    SecurityContext caller;

    @GET
    @Operation(summary = "L'annuaire des membres d'un réseau", description = "Pour ses membres et ses animateurs : "
            + "le nom de chaque membre accepté, et seulement ce qu'il a choisi de montrer (organisation, rôle, "
            + "territoire, e-mail).")
    @APIResponse(responseCode = "200", description = "Les membres, par date d'adhésion")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Réservé aux membres et aux animateurs du réseau")
    @APIResponse(responseCode = "404", description = "Réseau inconnu")
    public List<MemberCard> members(@PathParam("slug") String slug) {
        return directory.of(networks.existing(slug), Callers.of(caller));
    }
}
