package fr.bocage.catalog;

import fr.bocage.ingest.ContentStore;
import fr.bocage.ingest.IngestService;
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
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("resources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ressources", description = "Dépôt, consultation, mise à jour et suppression des ressources")
public class ResourceResource {
    @Inject
    ResourceService service;

    @Inject
    ResourceRepository resources;

    @Inject
    ContentStore contents;

    @Inject
    IngestService ingest;

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
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Déposer un document",
            description = "Le dépôt d'un contributeur ou d'un formateur est un brouillon, à soumettre à la modération "
                    + "(POST /api/resources/{id}/submit) ; celui d'un modérateur ou d'un administrateur est publié "
                    + "aussitôt. Parts multipart : file (obligatoire), title, summary, type, theme (répétable), territory, "
                    + "audience (répétable), year, date, language, licence, authors (séparés par ;), organisation, "
                    + "keywords (séparés par , ou ;), sourceUrl. Les champs laissés vides sont pré-remplis à partir "
                    + "des métadonnées du fichier.")
    @APIResponse(responseCode = "201", description = "Ressource créée, avec son rapport d'extraction")
    @APIResponse(responseCode = "400", description = "Fichier absent ou vide, métadonnée invalide")
    @APIResponse(responseCode = "401", description = "Authentification requise")
    @APIResponse(responseCode = "409", description = "Ce fichier a déjà été déposé (Location : la ressource existante)")
    @APIResponse(responseCode = "413", description = "Fichier trop volumineux")
    @APIResponse(responseCode = "415", description = "Format non accepté")
    @APIResponse(responseCode = "422", description = "Archive piégée (bombe de décompression) refusée")
    public Response create(@RequestBody(description = "Le fichier et ses métadonnées") List<EntityPart> parts,
            @HeaderParam("Content-Length") Long contentLength) {
        UploadForm form = UploadForm.read(parts, contentLength, contents, settings.maxUploadBytes());
        try (StagedFile upload = form.file()) {
            MetadataInput metadata = form.metadata(validator);
            Caller who = Callers.of(caller);
            Resource created = service.create(upload, metadata, who, ResourceAccess.statusOfNewUpload(who));
            return created(uri, created, who);
        }
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Transactional
    @Operation(summary = "Une ressource, ses métadonnées et son rapport d'extraction",
            description = "Avant publication, et après un retrait, seuls son déposant et les modérateurs la voient, "
                    + "avec sa modération (statut, dernier message du modérateur).")
    @APIResponse(responseCode = "200", description = "La ressource")
    @APIResponse(responseCode = "404", description = "Ressource inconnue ou non publiée")
    @APIResponse(responseCode = "410", description = "Ressource retirée par la modération")
    public ResourceView get(@PathParam("id") long id) {
        return ResourceView.of(visible(id), Callers.of(caller));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Remplacer les métadonnées d'une ressource",
            description = "Le corps est la description complète : un champ absent est effacé. Le titre est obligatoire. "
                    + "Le déposant modifie son brouillon ou sa ressource à corriger ; les modérateurs, toute ressource.")
    @APIResponse(responseCode = "200", description = "La ressource mise à jour")
    @APIResponse(responseCode = "400", description = "Métadonnée invalide")
    @APIResponse(responseCode = "403", description = "Modification non autorisée")
    @APIResponse(responseCode = "404", description = "Ressource inconnue")
    @APIResponse(responseCode = "409", description = "Le déposant ne peut plus la modifier dans ce statut")
    public ResourceView update(@PathParam("id") long id, @Valid @NotNull(message = "{bocage.body.required}") MetadataInput input) {
        Caller who = Callers.of(caller);
        resources.editableBy(id, who);
        return ResourceView.of(service.describe(id, input, who.username()), who);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Supprimer une ressource, son fichier et son texte")
    @APIResponse(responseCode = "204", description = "Supprimée")
    @APIResponse(responseCode = "404", description = "Ressource inconnue")
    public Response delete(@PathParam("id") long id) {
        service.delete(id, caller.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/file")
    @PermitAll
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Télécharger le fichier original")
    @APIResponse(responseCode = "200", description = "Les octets du fichier déposé")
    @APIResponse(responseCode = "404", description = "Ressource inconnue ou non publiée")
    @APIResponse(responseCode = "410", description = "Ressource retirée par la modération")
    public Response file(@PathParam("id") long id) {
        Resource resource = visible(id);
        StoredFile file = resource.getFile();
        if (file == null) {
            throw new NotFound(Messages.format("resource.no-file", id));
        }
        return download(file, ingest.file(file.getSha256()));
    }

    /** 201 with the new resource's address and the resource as its creator sees it. */
    static Response created(UriInfo uri, Resource created, Caller who) {
        return Response.created(uri.getBaseUriBuilder().path("resources").path(created.getId().toString()).build())
                .entity(ResourceView.of(created, who)).build();
    }

    private Resource visible(long id) {
        return resources.visibleTo(id, Callers.of(caller));
    }

    /** The stored bytes of a file as an attachment, with its own media type and size. */
    static Response download(StoredFile file, java.nio.file.Path path) {
        return Response.ok(path.toFile(), file.getMediaType())
                .header("Content-Disposition", ContentDisposition.attachment(file.getOriginalName(), file.getFormat()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Length", file.getSize())
                .build();
    }
}
