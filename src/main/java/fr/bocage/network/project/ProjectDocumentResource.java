package fr.bocage.network.project;

import fr.bocage.catalog.UploadForm;
import fr.bocage.ingest.ContentStore;
import fr.bocage.ingest.IngestSettings;
import fr.bocage.ingest.StagedFile;
import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.rest.Callers;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
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
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What a project's members share with the project only: listed and uploaded by its members and coordinators. */
@Path("projects/{slug}/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projets de coopération")
@RolesAllowed({Role.CONTRIBUTOR, Role.TRAINER, Role.MODERATOR, Role.ADMIN})
@SecurityRequirement(name = BocageApplication.BASIC_AUTH)
public class ProjectDocumentResource {

    @Inject
    ProjectSpace space;

    @Inject
    ContentStore contents;

    @Inject
    IngestSettings settings;

    @Inject
    Validator validator;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Les documents et actualités réservés aux membres du projet", description = "Réservé aux "
            + "membres, aux coordinateurs et aux administrateurs ; les plus récents d'abord.")
    @APIResponse(responseCode = "200", description = "Ce que les membres ont partagé")
    @APIResponse(responseCode = "401", description = "Sans compte")
    @APIResponse(responseCode = "403", description = "Ni membre, ni coordinateur")
    @APIResponse(responseCode = "404", description = "Projet inconnu")
    public List<SharedItemView> list(@PathParam("slug") String slug) {
        ProjectStanding standing = space.entered(slug, Callers.of(security));
        return space.shared(standing.project()).stream().map(SharedItemView::of).toList();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Partager un document avec les membres du projet", description = "Parts : file, title "
            + "(obligatoires). Le fichier est analysé comme tout dépôt, puis publié aussitôt pour les seuls membres et "
            + "coordinateurs du projet : eux seuls le trouvent, par sa page, sa recherche et son fichier.")
    @APIResponse(responseCode = "201", description = "Le document partagé")
    @APIResponse(responseCode = "400", description = "Fichier ou titre absent, part inconnue")
    @APIResponse(responseCode = "401", description = "Sans compte")
    @APIResponse(responseCode = "403", description = "Ni membre, ni coordinateur")
    @APIResponse(responseCode = "404", description = "Projet inconnu")
    @APIResponse(responseCode = "409", description = "Ce fichier a déjà été déposé")
    @APIResponse(responseCode = "413", description = "Fichier trop volumineux")
    public Response share(@PathParam("slug") String slug, List<EntityPart> parts,
            @HeaderParam("Content-Length") Long contentLength) {
        ProjectStanding standing = space.entered(slug, Callers.of(security));
        UploadForm form = UploadForm.read(parts, contentLength, contents, settings.maxUploadBytes(), Set.of("title"));
        try (StagedFile upload = form.file()) {
            DocumentInput input = new DocumentInput(form.field("title"));
            var violations = validator.validate(input);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            SharedItemView shared = SharedItemView.of(space.share(standing, upload, input));
            return Response.created(URI.create(shared.page())).entity(shared).build();
        }
    }
}
