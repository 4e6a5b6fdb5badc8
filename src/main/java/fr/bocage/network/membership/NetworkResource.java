package fr.bocage.network.membership;

import fr.bocage.platform.rest.BocageApplication;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The networks Bocage hosts: public, created by administrators. */
@Path("networks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Réseaux")
public class NetworkResource {

    @Inject
    Networks networks;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Lister les réseaux", description = "Par nom.")
    @APIResponse(responseCode = "200", description = "Les réseaux")
    public List<NetworkView> list() {
        return NetworkView.of(networks.all());
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Un réseau")
    @APIResponse(responseCode = "200", description = "Le réseau")
    @APIResponse(responseCode = "404", description = "Réseau inconnu")
    public NetworkView get(@PathParam("slug") String slug) {
        return NetworkView.of(networks.existing(slug));
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Créer un réseau (administrateurs)", description = "slug (minuscules, chiffres et tirets), "
            + "name et animators (identifiants de comptes existants, éventuellement aucun) obligatoires ; "
            + "description, territory (code ou libellé du vocabulaire).")
    @APIResponse(responseCode = "201", description = "Le réseau créé")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide, animateur inconnu")
    @APIResponse(responseCode = "403", description = "Réservé aux administrateurs")
    @APIResponse(responseCode = "409", description = "Un réseau porte déjà ce slug")
    public Response create(@Valid @NotNull(message = "{bocage.body.required}") NetworkInput input) {
        Network created = networks.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.getSlug()).build())
                .entity(NetworkView.of(created)).build();
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed(Role.ADMIN)
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Décrire un réseau (administrateurs)", description = "Le slug ne change pas ; celui du "
            + "corps est ignoré. Un champ absent est effacé.")
    @APIResponse(responseCode = "200", description = "Le réseau modifié")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide, animateur inconnu")
    @APIResponse(responseCode = "404", description = "Réseau inconnu")
    public NetworkView update(@PathParam("slug") String slug,
            @Valid @NotNull(message = "{bocage.body.required}") NetworkInput input) {
        return NetworkView.of(networks.update(slug, input));
    }
}
