package fr.bocage.imports;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@SecurityRequirement(name = BocageApplication.BASIC_AUTH)
@Tag(name = "Administration")
public class ImportResource {
    private static final int RECENT = 20;

    @Inject
    ImportService imports;

    @Context
    SecurityContext caller;

    @Context
    UriInfo uri;

    @Schema(description = "Un import : dossier relatif au dossier d'import du serveur, manifeste CSV dans ce dossier")
    public record ImportRequest(
            @Schema(description = "Sous-dossier du dossier d'import (BOCAGE_IMPORT_DIR)", example = "fr") String folder,
            @Schema(description = "Manifeste CSV dans ce sous-dossier", defaultValue = ImportService.DEFAULT_CSV) String csv,
            @Schema(description = "Publier les ressources créées (sinon : soumises à modération)", defaultValue = "false")
            Boolean publish) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Importer un dossier de documents décrit par un manifeste CSV, en arrière-plan",
            description = "Le manifeste (CSV RFC 4180, UTF-8, ligne d'en-tête) a une colonne file (chemin relatif au "
                    + "dossier) et, au choix : title, summary, type, theme ou themes, region ou territory, audience ou "
                    + "audiences, year, language, licence, authors, organisation, keywords. Valeurs multiples séparées "
                    + "par | (et ; pour authors) ; listes contrôlées par code ou libellé. Chaque ligne suit le même "
                    + "chemin qu'un dépôt ; une ligne refusée n'arrête pas l'import. Un seul import à la fois.")
    @APIResponse(responseCode = "202", description = "Import lancé ; suivre la Location (GET /api/admin/imports/{id})")
    @APIResponse(responseCode = "400", description = "Dossier ou manifeste absent, hors du dossier d'import, CSV invalide ou sans colonne file")
    @APIResponse(responseCode = "401", description = "Authentification requise")
    @APIResponse(responseCode = "409", description = "Un import est déjà en cours")
    public Response start(@RequestBody(description = "Le dossier et son manifeste")
            @NotNull(message = "{bocage.body.required}") ImportRequest request) {
        ImportJob job = imports.start(request.folder(), request.csv(), Boolean.TRUE.equals(request.publish()),
                caller.getUserPrincipal().getName());
        return Response.accepted(ImportView.of(job, true))
                .location(uri.getAbsolutePathBuilder().path(job.getId().toString()).build()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Avancement et bilan d'un import, avec les lignes refusées et leur motif",
            description = "Les 200 premières lignes non importées sont détaillées ; errorCount les compte toutes.")
    @APIResponse(responseCode = "200", description = "L'import")
    @APIResponse(responseCode = "404", description = "Import inconnu")
    public ImportView get(@PathParam("id") long id) {
        return imports.find(id).map(job -> ImportView.of(job, true))
                .orElseThrow(() -> new NotFound(Messages.format("import.not-found", id)));
    }

    @GET
    @Operation(summary = "Les derniers imports, du plus récent au plus ancien (sans le détail des lignes)")
    public List<ImportView> list() {
        return imports.recent(RECENT).stream().map(job -> ImportView.of(job, false)).toList();
    }
}
