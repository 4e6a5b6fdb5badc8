package fr.bocage.network.news;

import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.UploadForm;
import fr.bocage.ingest.ContentStore;
import fr.bocage.ingest.StagedFile;
import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.rest.Callers;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import jakarta.annotation.security.PermitAll;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * News: resources of type {@code news}. Searched (facets theme, territory, network), moderated and deleted like any
 * resource (publication: POST /api/resources/{id}/publish); written here. Who may write is decided by
 * {@link NewsService#mayPropose}: any account; only a network's animators (and moderators) put an item in a network.
 */
@Path("news")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Actualités", description = "Les actualités du site et des réseaux")
public class NewsResource {

    @Inject
    NewsService service;

    @Inject
    NewsSearch search;

    @Inject
    NewsRepository news;

    @Inject
    ResourceRepository resources;

    @Inject
    ContentStore contents;

    @Context
    SecurityContext caller;

    @Context
    UriInfo uri;

    @GET
    @PermitAll
    @Operation(summary = "Chercher dans les actualités publiées",
            description = "Paramètres de la recherche : q, theme, territory, network (slug d'un réseau), sort "
                    + "(relevance ou date ; sans mots, les plus récentes d'abord), page, size.")
    @APIResponse(responseCode = "200", description = "Les actualités trouvées et les comptes des facettes")
    @APIResponse(responseCode = "400", description = "Paramètre invalide")
    public NewsList list() {
        Map<String, List<String>> parameters = new LinkedHashMap<>(uri.getQueryParameters());
        return search.list(search.read(parameters, Callers.of(caller)));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "Une actualité", description = "Publiée, ou pour qui suit sa modération. body : le "
            + "Markdown de son auteur ; bodyHtml : le même, passé par le filtre HTML (le seul à afficher).")
    @APIResponse(responseCode = "200", description = "L'actualité")
    @APIResponse(responseCode = "404", description = "Actualité inconnue ou non publiée")
    @APIResponse(responseCode = "410", description = "Actualité retirée par la modération")
    public NewsView get(@PathParam("id") long id) {
        News item = news.existing(id);
        return NewsView.of(resources.visibleTo(id, Callers.of(caller)), item, search.slug(item));
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Proposer une actualité",
            description = "title, lead (chapô, 600 caractères au plus), body (Markdown : paragraphes, emphase, listes, "
                    + "titres, citations, code, liens http, https ou mailto ; tout autre balisage est retiré à "
                    + "l'affichage), themes, territory, network (slug d'un réseau dont on est animateur), membersOnly "
                    + "(true : réservée aux membres et animateurs de ce réseau, network obligatoire), date (de "
                    + "publication, aujourd'hui par défaut). Un brouillon de son auteur, à soumettre (…/submit) puis "
                    + "publié par un modérateur ; celle d'un modérateur est publiée aussitôt, comme celle réservée "
                    + "aux membres, à sa soumission par un animateur du réseau.")
    @APIResponse(responseCode = "201", description = "L'actualité créée")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide (fields : chaque champ fautif)")
    @APIResponse(responseCode = "401", description = "Authentification requise")
    @APIResponse(responseCode = "403", description = "Réservé aux contributeurs, formateurs, modérateurs, "
            + "administrateurs et animateurs de réseau")
    public Response create(@Valid @NotNull(message = "{bocage.body.required}") NewsInput input) {
        DescribedNews created = service.create(input, signedIn());
        return Response.created(uri.getAbsolutePathBuilder().path(created.news().getId().toString()).build())
                .entity(NewsView.of(created.resource(), created.news(), search.slug(created.news()))).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Modifier une actualité", description = "Remplace tous ses champs. Par son auteur tant que "
            + "le circuit de modération le permet, ou par un modérateur.")
    @APIResponse(responseCode = "200", description = "L'actualité modifiée")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide")
    @APIResponse(responseCode = "401", description = "Authentification requise")
    @APIResponse(responseCode = "403", description = "Ce n'est pas votre actualité")
    @APIResponse(responseCode = "404", description = "Actualité inconnue")
    @APIResponse(responseCode = "409", description = "L'actualité ne peut pas être modifiée dans son état")
    public NewsView update(@PathParam("id") long id,
            @Valid @NotNull(message = "{bocage.body.required}") NewsInput input) {
        DescribedNews updated = service.update(id, input, signedIn());
        return NewsView.of(updated.resource(), updated.news(), search.slug(updated.news()));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Soumettre son actualité à la modération", description = "Comme toute ressource : par son "
            + "auteur, une fois décrite (chapô, au moins un thème, territoire).")
    @APIResponse(responseCode = "200", description = "L'actualité, soumise")
    @APIResponse(responseCode = "400", description = "Description incomplète")
    @APIResponse(responseCode = "401", description = "Authentification requise")
    @APIResponse(responseCode = "404", description = "Actualité inconnue")
    @APIResponse(responseCode = "409", description = "Déjà soumise ou publiée")
    public NewsView submit(@PathParam("id") long id) {
        DescribedNews submitted = service.submit(id, signedIn());
        return NewsView.of(submitted.resource(), submitted.news(), search.slug(submitted.news()));
    }

    @POST
    @Path("{id}/image")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Donner une image à son actualité",
            description = "Partie multipart : file (PNG, JPEG ou WebP, 2 Mo au plus) ; paramètre alt : son texte "
                    + "de remplacement, obligatoire (300 caractères au plus). Une image déjà donnée reste comme "
                    + "version précédente.")
    @APIResponse(responseCode = "200", description = "L'actualité, avec l'adresse de son image")
    @APIResponse(responseCode = "400", description = "Fichier ou texte de remplacement absent")
    @APIResponse(responseCode = "401", description = "Authentification requise")
    @APIResponse(responseCode = "404", description = "Actualité inconnue")
    @APIResponse(responseCode = "409", description = "La même image est déjà déposée")
    @APIResponse(responseCode = "413", description = "Image trop volumineuse")
    @APIResponse(responseCode = "415", description = "Ni PNG, ni JPEG, ni WebP")
    public NewsView image(@PathParam("id") long id, @QueryParam("alt") String alt,
            @RequestBody(description = "L'image") List<EntityPart> parts,
            @HeaderParam("Content-Length") Long contentLength) {
        Caller who = signedIn();
        news.existing(id);
        resources.editableBy(id, who);
        try (StagedFile upload = UploadForm.fileOnly(parts, contentLength, contents, NewsImages.MAX_BYTES)) {
            DescribedNews described = service.attachImage(id, upload, alt, who);
            return NewsView.of(described.resource(), described.news(), search.slug(described.news()));
        }
    }

    private Caller signedIn() {
        return Callers.of(caller);
    }
}
