package fr.bocage.catalog;

import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.rest.Callers;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
 * Experience reports written on line, section by section, without any file. Once created they are resources like
 * any other: read, searched, moderated and deleted through {@code /api/resources}.
 */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
@SecurityRequirement(name = BocageApplication.BASIC_AUTH)
@Tag(name = "Ressources")
public class ReportResource {

    @Inject
    ResourceService service;

    @Inject
    ResourceRepository resources;

    @Context
    SecurityContext caller;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Rédiger un retour d'expériences",
            description = "metadata : la description (title obligatoire ; type experience-report implicite, langue fr "
                    + "par défaut) ; report : les sections context, objectives, actions, results, difficulties, "
                    + "lessons, partners, budget, period, contact (au moins une remplie).")
    @APIResponse(responseCode = "201", description = "Le retour d'expériences, ressource sans fichier")
    @APIResponse(responseCode = "400", description = "Titre absent, aucune section remplie, valeur invalide")
    @APIResponse(responseCode = "401", description = "Authentification requise")
    public Response create(@Valid @NotNull(message = "{bocage.body.required}") ReportInput input) {
        Caller who = Callers.of(caller);
        Resource created = service.createReport(input, who.username(), ResourceAccess.statusOfNewUpload(who));
        return ResourceResource.created(uri, created, who);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Réécrire un retour d'expériences",
            description = "Remplace la description et toutes les sections : un champ absent est effacé.")
    @APIResponse(responseCode = "200", description = "Le retour d'expériences mis à jour")
    @APIResponse(responseCode = "400", description = "Titre absent, aucune section remplie, valeur invalide")
    @APIResponse(responseCode = "403", description = "Modification non autorisée")
    @APIResponse(responseCode = "404", description = "Ressource inconnue")
    @APIResponse(responseCode = "409", description = "La ressource est un fichier déposé, pas un retour rédigé")
    public ResourceView update(@PathParam("id") long id,
            @Valid @NotNull(message = "{bocage.body.required}") ReportInput input) {
        Caller who = Callers.of(caller);
        resources.editableBy(id, who);
        return ResourceView.of(service.rewriteReport(id, input, who.username()), who);
    }
}
