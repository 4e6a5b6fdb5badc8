package fr.bocage.catalog;

import fr.bocage.ingest.ContentStore;
import fr.bocage.ingest.IngestSettings;
import fr.bocage.ingest.StagedFile;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.rest.Callers;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The materials of a webinar or a course: slides, handouts, recordings' transcripts. */
@Path("resources/{id}/materials")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supports", description = "Les supports d'un webinaire ou d'une formation")
public class MaterialResource {

    @Inject
    ResourceService service;

    @Inject
    ResourceRepository resources;

    @Inject
    ContentStore contents;

    @Inject
    IngestSettings settings;

    @Inject
    Validator validator;

    @Context
    SecurityContext caller;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.TRAINER})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Ajouter un support à un webinaire ou une formation",
            description = "Le fichier est extrait comme tout document et publié aussitôt, de type « Support de "
                    + "webinaire » ou « Support de formation » ; son texte compte aussi pour le webinaire ou la "
                    + "formation dans la recherche. Parts multipart : file (obligatoire), et les mêmes champs que "
                    + "POST /api/resources (title, summary…) ; thèmes, territoire et publics vides sont ceux du "
                    + "webinaire ou de la formation. Réservé à son formateur, aux modérateurs et aux administrateurs.")
    @APIResponse(responseCode = "201", description = "Le support créé")
    @APIResponse(responseCode = "400", description = "Fichier absent ou vide, métadonnée invalide")
    @APIResponse(responseCode = "403", description = "Ni son formateur, ni modérateur, ni administrateur")
    @APIResponse(responseCode = "404", description = "Ressource inconnue")
    @APIResponse(responseCode = "409", description = "Ce n'est ni un webinaire ni une formation, ou fichier déjà déposé")
    @APIResponse(responseCode = "413", description = "Fichier trop volumineux")
    @APIResponse(responseCode = "415", description = "Format non accepté")
    public Response add(@PathParam("id") long id, @RequestBody(description = "Le fichier et ses métadonnées")
            List<EntityPart> parts, @HeaderParam("Content-Length") Long contentLength) {
        Caller who = Callers.of(caller);
        // Refused before the body is read: a stranger's upload is never staged. The service checks again.
        Materials.requireAttachable(resources.visibleTo(id, who), who);
        UploadForm form = UploadForm.read(parts, contentLength, contents, settings.maxUploadBytes());
        try (StagedFile upload = form.file()) {
            return ResourceResource.created(uri, service.createMaterial(id, upload, form.metadata(validator), who), who);
        }
    }

    @GET
    @PermitAll
    @Operation(summary = "Les supports d'un webinaire ou d'une formation", description = "Ceux que l'appelant peut "
            + "voir, dans l'ordre de leur ajout.")
    @APIResponse(responseCode = "200", description = "Les supports")
    @APIResponse(responseCode = "404", description = "Ressource inconnue ou non publiée")
    public List<ResourceView> list(@PathParam("id") long id) {
        Caller who = Callers.of(caller);
        resources.visibleTo(id, who);
        return resources.materialsVisibleTo(id, who).stream().map(m -> ResourceView.of(m, who)).toList();
    }

    @DELETE
    @Path("{materialId}")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.TRAINER})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Retirer un support", description = "Supprime le support, son fichier et son texte, qui ne "
            + "compte plus pour le webinaire ou la formation.")
    @APIResponse(responseCode = "204", description = "Supprimé")
    @APIResponse(responseCode = "403", description = "Ni son formateur, ni modérateur, ni administrateur")
    @APIResponse(responseCode = "404", description = "Support inconnu")
    public Response remove(@PathParam("id") long id, @PathParam("materialId") long materialId) {
        Caller who = Callers.of(caller);
        Materials.requireAttachable(resources.visibleTo(id, who), who);
        Resource material = resources.existing(materialId);
        if (material.getPartOf() == null || material.getPartOf() != id) {
            throw new NotFound(Messages.format("material.not-found", materialId, id));
        }
        service.delete(materialId, who.username());
        return Response.noContent().build();
    }
}
