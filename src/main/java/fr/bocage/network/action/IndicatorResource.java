package fr.bocage.network.action;

import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.PermitAll;
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

/** The indicator catalogue: read by anybody, extended and changed by administrators. */
@Path("indicators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Actions")
public class IndicatorResource {

    @Inject
    IndicatorRepository indicators;

    @Inject
    IndicatorService service;

    @Context
    UriInfo uri;

    @GET
    @PermitAll
    @Operation(summary = "Le catalogue des indicateurs", description = "code, label, unit, aggregation : sum (somme "
            + "des valeurs), max (la plus grande) ou count (nombre d'actions ayant donné une valeur).")
    @APIResponse(responseCode = "200", description = "Les indicateurs, dans l'ordre du catalogue")
    public List<IndicatorView> list() {
        return indicators.all().stream().map(IndicatorView::of).toList();
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Ajouter un indicateur", description = "code (minuscules, chiffres et tirets), label, unit, "
            + "aggregation (sum, max ou count).")
    @APIResponse(responseCode = "201", description = "L'indicateur ajouté")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide")
    @APIResponse(responseCode = "403", description = "Réservé aux administrateurs")
    @APIResponse(responseCode = "409", description = "Ce code existe déjà")
    public Response add(@Valid @NotNull(message = "{bocage.body.required}") IndicatorInput input) {
        Indicator added = service.add(input);
        return Response.created(uri.getAbsolutePathBuilder().path(added.getCode()).build())
                .entity(IndicatorView.of(added)).build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Role.ADMIN)
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Modifier un indicateur", description = "Son libellé, son unité, son agrégation ; le code "
            + "ne change pas.")
    @APIResponse(responseCode = "200", description = "L'indicateur modifié")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide")
    @APIResponse(responseCode = "403", description = "Réservé aux administrateurs")
    @APIResponse(responseCode = "404", description = "Indicateur inconnu")
    public IndicatorView change(@PathParam("code") String code,
            @Valid @NotNull(message = "{bocage.body.required}") IndicatorInput input) {
        return IndicatorView.of(service.change(code, input));
    }
}
