package fr.bocage.network.partnership;

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

/** The programmes that fund partnerships: public, entered by the network's moderators. */
@Path("programmes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partenariats")
public class ProgrammeResource {

    @Inject
    ProgrammeRepository programmes;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Lister les programmes", description = "Par nom. Leurs partenariats : /api/partnerships?programme=…")
    @APIResponse(responseCode = "200", description = "Les programmes")
    public List<ProgrammeView> list() {
        return programmes.all().stream().map(ProgrammeView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Un programme")
    @APIResponse(responseCode = "200", description = "Le programme")
    @APIResponse(responseCode = "404", description = "Programme inconnu")
    public ProgrammeView get(@PathParam("id") long id) {
        return ProgrammeView.of(programmes.existing(id));
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.MODERATOR})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Enregistrer un programme (modérateurs)", description = "name et funder obligatoires "
            + "(« Interreg Europe », « LIFE », « FEDER », « Région », « OFB »…) ; startYear, endYear, description, "
            + "website.")
    @APIResponse(responseCode = "201", description = "Le programme créé")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide (détail par champ)")
    @APIResponse(responseCode = "403", description = "Réservé aux modérateurs et aux administrateurs")
    public Response create(@Valid @NotNull(message = "{bocage.body.required}") ProgrammeInput input) {
        Programme created = programmes.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.getId().toString()).build())
                .entity(ProgrammeView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Modifier un programme (modérateurs)", description = "Un champ absent est effacé.")
    @APIResponse(responseCode = "200", description = "Le programme modifié")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide (détail par champ)")
    @APIResponse(responseCode = "404", description = "Programme inconnu")
    public ProgrammeView update(@PathParam("id") long id,
            @Valid @NotNull(message = "{bocage.body.required}") ProgrammeInput input) {
        return ProgrammeView.of(programmes.update(id, input));
    }
}
