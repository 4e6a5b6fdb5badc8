package fr.bocage.catalog;

import fr.bocage.ingest.ContentStore;
import fr.bocage.ingest.IngestService;
import fr.bocage.ingest.IngestSettings;
import fr.bocage.ingest.StagedFile;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.rest.Callers;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The files of a resource over time: the current one and those it replaced, each downloadable. */
@Path("resources/{id}/versions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ressources")
public class ResourceVersionResource {

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

    @Context
    SecurityContext caller;

    @Context
    UriInfo uri;

    @JsonbPropertyOrder({"number", "current", "name", "size", "mediaType", "format", "extractionStatus", "addedAt",
            "replacedAt", "url"})
    public record VersionView(int number, boolean current, String name, long size, String mediaType, String format,
            String extractionStatus, Instant addedAt, Instant replacedAt, String url) {

        static VersionView of(long id, int number, boolean current, StoredFile file, ExtractionReport extraction,
                Instant addedAt, Instant replacedAt) {
            return new VersionView(number, current, file.getOriginalName(), file.getSize(), file.getMediaType(),
                    file.getFormat(), extraction == null ? null : ApiNames.of(extraction.getStatus()), addedAt,
                    replacedAt, "/api/resources/" + id + "/versions/" + number + "/file");
        }
    }

    @GET
    @PermitAll
    @Transactional
    @Operation(summary = "Les versions du fichier d'une ressource, la plus récente d'abord",
            description = "La version actuelle est celle que la recherche indexe ; les précédentes restent téléchargeables.")
    @APIResponse(responseCode = "200", description = "Les versions (vide pour une ressource sans fichier)")
    @APIResponse(responseCode = "404", description = "Ressource inconnue ou non publiée")
    public List<VersionView> list(@PathParam("id") long id) {
        Resource resource = visible(id);
        List<VersionView> versions = new ArrayList<>();
        if (resource.getFile() != null) {
            versions.add(VersionView.of(id, resource.getFileVersion(), true, resource.getFile(),
                    resource.getExtraction(), resource.getFileAddedAt(), null));
        }
        for (ResourceVersion earlier : resources.versionsShownTo(resource, Callers.of(caller))) {
            versions.add(VersionView.of(id, earlier.getNumber(), false, earlier.getFile(), earlier.getExtraction(),
                    earlier.getAddedAt(), earlier.getReplacedAt()));
        }
        return versions;
    }

    @GET
    @Path("{number}/file")
    @PermitAll
    @Transactional
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Télécharger une version du fichier")
    @APIResponse(responseCode = "200", description = "Les octets de cette version")
    @APIResponse(responseCode = "404", description = "Ressource ou version inconnue, ou ressource non publiée")
    public Response file(@PathParam("id") long id, @PathParam("number") int number) {
        Resource resource = visible(id);
        StoredFile file = resource.getFile() != null && resource.getFileVersion() == number ? resource.getFile()
                : resources.versionsShownTo(resource, Callers.of(caller)).stream()
                        .filter(v -> v.getNumber() == number).map(ResourceVersion::getFile).findFirst()
                        .orElseThrow(() -> new NotFound(Messages.format("version.not-found", id, number)));
        return ResourceResource.download(file, ingest.file(file.getSha256()));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Remplacer le fichier par une nouvelle version",
            description = "Partie multipart : file. Le fichier est extrait comme un dépôt ; la recherche porte ensuite "
                    + "sur son texte, et l'ancien fichier reste téléchargeable. Les métadonnées ne changent pas.")
    @APIResponse(responseCode = "201", description = "La ressource, avec son nouveau fichier et son rapport d'extraction")
    @APIResponse(responseCode = "400", description = "Fichier absent ou vide, champ inconnu")
    @APIResponse(responseCode = "403", description = "Modification non autorisée")
    @APIResponse(responseCode = "404", description = "Ressource inconnue")
    @APIResponse(responseCode = "409", description = "Fichier identique à la version actuelle, déjà déposé ailleurs, "
            + "ou ressource sans fichier")
    @APIResponse(responseCode = "413", description = "Fichier trop volumineux")
    @APIResponse(responseCode = "415", description = "Format non accepté")
    @APIResponse(responseCode = "422", description = "Archive piégée (bombe de décompression) refusée")
    public Response add(@PathParam("id") long id,
            @RequestBody(description = "Le nouveau fichier") List<EntityPart> parts,
            @HeaderParam("Content-Length") Long contentLength) {
        Caller who = Callers.of(caller);
        resources.editableBy(id, who);
        try (StagedFile upload = UploadForm.fileOnly(parts, contentLength, contents, settings.maxUploadBytes())) {
            Resource updated = service.replaceFile(id, upload, who);
            return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(updated.getFileVersion()))
                            .path("file").build())
                    .entity(ResourceView.of(updated, who)).build();
        }
    }

    private Resource visible(long id) {
        return resources.visibleTo(id, Callers.of(caller));
    }
}
