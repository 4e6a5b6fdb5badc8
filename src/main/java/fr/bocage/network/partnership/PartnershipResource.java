package fr.bocage.network.partnership;

import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.UploadForm;
import fr.bocage.ingest.ContentStore;
import fr.bocage.ingest.IngestSettings;
import fr.bocage.ingest.StagedFile;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

/**
 * Partnerships: resources of type {@code partnership} with their parties, objectives and programme, and the
 * convention as their file. Searched, deleted and withdrawn like any resource; created and changed here by the
 * network's moderators.
 */
@Path("partnerships")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partenariats")
public class PartnershipResource {

    @Inject
    PartnershipService service;

    @Inject
    PartnershipDirectory directory;

    @Inject
    ResourceRepository resources;

    @Inject
    ContentStore contents;

    @Inject
    IngestSettings settings;

    @Context
    SecurityContext caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Lister les partenariats publiés",
            description = "Les plus récents d'abord ; programme=… pour ceux d'un programme. Pour chercher dans leurs "
                    + "textes et conventions : /api/search?type=partnership")
    @APIResponse(responseCode = "200", description = "Les partenariats")
    public List<PartnershipView> list(@QueryParam("programme") Long programme) {
        return directory.published(programme, Callers.of(caller));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Un partenariat")
    @APIResponse(responseCode = "200", description = "Le partenariat, ses parties visibles et ses objectifs")
    @APIResponse(responseCode = "404", description = "Partenariat inconnu ou non publié")
    @APIResponse(responseCode = "410", description = "Partenariat retiré")
    public PartnershipView get(@PathParam("id") long id) {
        return directory.one(id, Callers.of(caller));
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.MODERATOR})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Enregistrer un partenariat (modérateurs)",
            description = "metadata : la description (title obligatoire, summary, themes, territory ; type "
                    + "partnership implicite) ; scale : regional, territorial, local, national ou european ; "
                    + "startYear (obligatoire), endYear ; budget en euros ; programme : l'identifiant d'un programme ; "
                    + "parties : les identifiants des acteurs, le signataire d'abord ; objectives : les objectifs "
                    + "numérotés, dans l'ordre. Publié aussitôt. La convention s'envoie ensuite à "
                    + "/api/partnerships/{id}/convention.")
    @APIResponse(responseCode = "201", description = "Le partenariat créé")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide (détail par champ)")
    @APIResponse(responseCode = "403", description = "Réservé aux modérateurs et aux administrateurs")
    public Response create(@Valid @NotNull(message = "{bocage.body.required}") PartnershipInput input) {
        Caller who = Callers.of(caller);
        PartnershipService.Described created = service.create(input, who.username());
        return Response.created(uri.getAbsolutePathBuilder().path(created.resource().getId().toString()).build())
                .entity(directory.view(created.resource(), created.partnership(), who)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Modifier un partenariat (modérateurs)",
            description = "Remplace sa description et ses champs : un champ absent est effacé.")
    @APIResponse(responseCode = "200", description = "Le partenariat modifié")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide (détail par champ)")
    @APIResponse(responseCode = "404", description = "Partenariat inconnu")
    public PartnershipView update(@PathParam("id") long id,
            @Valid @NotNull(message = "{bocage.body.required}") PartnershipInput input) {
        Caller who = Callers.of(caller);
        PartnershipService.Described updated = service.update(id, input, who.username());
        return directory.view(updated.resource(), updated.partnership(), who);
    }

    @POST
    @Path("{id}/convention")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.ADMIN, Role.MODERATOR})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Déposer la convention (modérateurs)",
            description = "Partie multipart : file. Extraite comme tout dépôt : la recherche trouve le partenariat par "
                    + "les mots de sa convention. Une convention déjà déposée reste téléchargeable comme version "
                    + "précédente.")
    @APIResponse(responseCode = "200", description = "Le partenariat, avec l'adresse de sa convention")
    @APIResponse(responseCode = "400", description = "Fichier absent ou vide")
    @APIResponse(responseCode = "404", description = "Partenariat inconnu")
    @APIResponse(responseCode = "409", description = "Le même fichier est déjà déposé")
    @APIResponse(responseCode = "413", description = "Fichier trop volumineux")
    @APIResponse(responseCode = "415", description = "Format non accepté")
    public PartnershipView convention(@PathParam("id") long id,
            @RequestBody(description = "La convention") List<EntityPart> parts,
            @HeaderParam("Content-Length") Long contentLength) {
        Caller who = Callers.of(caller);
        resources.editableBy(id, who);
        try (StagedFile upload = UploadForm.fileOnly(parts, contentLength, contents, settings.maxUploadBytes())) {
            service.attachConvention(id, upload, who);
        }
        return directory.one(id, who);
    }
}
