package fr.bocage.imports;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.rest.Callers;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Imports of actors and actions from a CSV sent with the request, by moderators and administrators. */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.MODERATOR})
@SecurityRequirement(name = BocageApplication.BASIC_AUTH)
@Tag(name = "Imports")
public class CsvImportResource {
    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    ImportService imports;

    @Inject
    ImportKinds kinds;

    @Context
    SecurityContext caller;

    @POST
    @Path("{kind}")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Importer des acteurs (kind = actors) ou des actions (kind = actions) depuis un CSV, en "
            + "arrière-plan",
            description = "Le corps est le CSV (UTF-8, ligne d'en-tête, « , » ou « ; » entre les cellules) ; ses "
                    + "colonnes sont celles du modèle (GET /api/imports/templates/{kind}.csv). Pour les actions, une "
                    + "colonne code:année (par exemple hedges-planted-m:2023) donne la valeur d'un indicateur pour "
                    + "cette année. Un en-tête inconnu refuse tout le fichier (400) ; une ligne refusée n'arrête pas "
                    + "l'import et son motif est donné. publish=true publie les éléments créés (sinon : soumis à "
                    + "modération).")
    @APIResponse(responseCode = "202", description = "Import lancé ; suivre la Location (GET /api/imports/{id})")
    @APIResponse(responseCode = "400", description = "CSV illisible, vide, ou en-tête inconnu (rien n'est importé)")
    @APIResponse(responseCode = "401", description = "Authentification requise")
    @APIResponse(responseCode = "403", description = "Réservé aux modérateurs et administrateurs")
    @APIResponse(responseCode = "404", description = "Type d'import inconnu")
    @APIResponse(responseCode = "409", description = "Un import est déjà en cours")
    public Response start(@PathParam("kind") String kind, @QueryParam("publish") boolean publish,
            @QueryParam("name") String name, InputStream body) {
        ImportJob job = imports.start(kind, KindCsv.decode(body), name, publish, Callers.of(caller));
        return Response.accepted(ImportView.of(job, true))
                .location(UriBuilder.fromResource(CsvImportResource.class).path(job.getId().toString()).build())
                .build();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "Avancement et bilan d'un import, avec les lignes refusées et leur motif")
    @APIResponse(responseCode = "200", description = "L'import")
    @APIResponse(responseCode = "404", description = "Import inconnu")
    public ImportView get(@PathParam("id") long id) {
        return imports.find(id).map(job -> ImportView.of(job, true))
                .orElseThrow(() -> new NotFound(Messages.format("import.not-found", id)));
    }

    @GET
    @Path("templates/{kind}.csv")
    @Produces(CSV)
    @Operation(summary = "Le modèle CSV d'un type d'import (actors, actions), avec une ligne d'exemple")
    @APIResponse(responseCode = "200", description = "Le modèle")
    @APIResponse(responseCode = "404", description = "Type d'import inconnu")
    public Response template(@PathParam("kind") String kind) {
        ImportKind found = kinds.named(kind);
        return Response.ok(KindCsv.template(found), CSV)
                .header("Content-Disposition", "attachment; filename=\"" + found.name() + ".csv\"").build();
    }
}
