package fr.bocage.backup;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin/backups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@SecurityRequirement(name = BocageApplication.BASIC_AUTH)
@Tag(name = "Administration")
public class BackupResource {

    @Inject
    BackupService backups;

    @JsonbPropertyOrder({"name", "startedAt", "durationMillis", "bytes", "database", "schemaVersion", "files", "texts",
            "rows", "folder"})
    public record BackupView(String name, Instant startedAt, long durationMillis, long bytes, String database,
            String schemaVersion, int files, int texts, Map<String, Long> rows, String folder) {
    }

    private BackupView view(BackupManifest m) {
        return new BackupView(m.name(), m.startedAt(), m.durationMillis(), m.bytes(), m.database(), m.schemaVersion(),
                m.files(), m.texts(), new TreeMap<>(m.rows()), backups.folder().resolve(m.name()).toString());
    }

    @POST
    @Operation(summary = "Sauvegarder la base, les fichiers et les textes extraits dans un dossier daté",
            description = "Cohérente pendant les dépôts. Sur PostgreSQL, la base se sauvegarde avec pg_dump.")
    @APIResponse(responseCode = "201", description = "Sauvegarde écrite, avec son manifeste")
    @APIResponse(responseCode = "409", description = "Une sauvegarde est déjà en cours")
    public Response create(@Context UriInfo uri) {
        BackupManifest manifest;
        try {
            manifest = backups.create();
        } catch (BackupInProgressException e) {
            throw new Conflict(Messages.get("backup.running"));
        }
        return Response.created(uri.getAbsolutePathBuilder().path(manifest.name()).build())
                .entity(view(manifest)).build();
    }

    @GET
    @Operation(summary = "Les sauvegardes, de la plus récente à la plus ancienne, avec leur taille et leur durée")
    public List<BackupView> list() {
        return backups.list().stream().map(this::view).toList();
    }

    @GET
    @Path("{name}")
    @Operation(summary = "Une sauvegarde")
    public BackupView one(@PathParam("name") String name) {
        return backups.find(name).map(this::view)
                .orElseThrow(() -> new NotFound(Messages.get("backup.not-found")));
    }
}
