package fr.bocage.network.action;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.rest.BocageApplication;
import fr.bocage.platform.rest.Callers;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import fr.bocage.search.FacetDimension;
import fr.bocage.search.FacetVocabulary;
import fr.bocage.search.SearchEngine;
import fr.bocage.search.SearchParameters;
import fr.bocage.search.SearchRequest;
import fr.bocage.search.SearchResult;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Actions: resources of type {@code action} with an action. Searched (facets progress and scheme), moderated and
 * deleted like any resource (publication: POST /api/resources/{id}/publish); proposed and changed here.
 */
@Path("actions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Actions", description = "Les actions du réseau, leurs indicateurs et leur bilan")
public class ActionResource {
    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    ActionService service;

    @Inject
    ActionRepository actions;

    @Inject
    ResourceRepository resources;

    @Inject
    PublishedActions published;

    @Inject
    ActionResults results;

    @Inject
    SearchEngine engine;

    @Inject
    FacetVocabulary vocabulary;

    @Context
    SecurityContext caller;

    @Context
    UriInfo uri;

    /** A page of actions found, and the counts of the facets. */
    @JsonbPropertyOrder({"total", "actions", "facets"})
    public record ActionList(long total, List<ActionView> actions, Map<String, List<SearchResult.FacetValue>> facets) {
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Proposer une action",
            description = "metadata : la description (title obligatoire, summary, themes, territory… ; type action "
                    + "implicite) ; sections : celles d'un retour d'expérience (context, objectives, actions = les "
                    + "étapes, results, difficulties, lessons…) ; leadActor et partners : des identifiants de "
                    + "ressources de type actor ; commune ; startYear, endYear ; progress : planned, ongoing ou "
                    + "completed ; budget en euros ; funders (10 au plus) ; scheme : engaged-for-nature, "
                    + "biodiversity-atlas, green-blue-grid, natura-2000, territory-contract ou other ; "
                    + "linkedResources : des identifiants de ressources ; indicators [{indicator (code du catalogue "
                    + "/api/indicators), year, value ≥ 0}], une valeur par indicateur et par année. L'action est un "
                    + "brouillon de son auteur, à soumettre (…/submit) puis publiée par un modérateur.")
    @APIResponse(responseCode = "201", description = "L'action créée (brouillon)")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide (fields : chaque champ fautif)")
    @APIResponse(responseCode = "401", description = "Authentification requise")
    @APIResponse(responseCode = "403", description = "Réservé aux contributeurs, modérateurs et administrateurs")
    public Response create(@Valid @NotNull(message = "{bocage.body.required}") ActionInput input) {
        DescribedAction created = service.create(input, Callers.of(caller));
        return Response.created(uri.getAbsolutePathBuilder().path(created.action().getId().toString()).build())
                .entity(ActionView.of(created.resource(), created.action())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Modifier une action", description = "Remplace sa description, ses sections, ses champs et "
            + "ses valeurs : un champ absent est effacé. Par son auteur tant que le circuit de modération le permet, "
            + "ou par un modérateur.")
    @APIResponse(responseCode = "200", description = "L'action modifiée")
    @APIResponse(responseCode = "400", description = "Champ absent ou invalide")
    @APIResponse(responseCode = "403", description = "Ce n'est pas votre action")
    @APIResponse(responseCode = "404", description = "Action inconnue")
    @APIResponse(responseCode = "409", description = "L'action ne peut pas être modifiée dans son état")
    public ActionView update(@PathParam("id") long id,
            @Valid @NotNull(message = "{bocage.body.required}") ActionInput input) {
        DescribedAction updated = service.update(id, input, Callers.of(caller));
        return ActionView.of(updated.resource(), updated.action());
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR})
    @SecurityRequirement(name = BocageApplication.BASIC_AUTH)
    @Operation(summary = "Soumettre son action à la modération", description = "Comme toute ressource : par son "
            + "auteur, une fois décrite (résumé, au moins un thème, territoire).")
    @APIResponse(responseCode = "200", description = "L'action, soumise")
    @APIResponse(responseCode = "400", description = "Description incomplète")
    @APIResponse(responseCode = "404", description = "Action inconnue")
    @APIResponse(responseCode = "409", description = "Déjà soumise ou publiée")
    public ActionView submit(@PathParam("id") long id) {
        DescribedAction submitted = service.submit(id, Callers.of(caller));
        return ActionView.of(submitted.resource(), submitted.action());
    }

    @GET
    @PermitAll
    @Operation(summary = "Chercher parmi les actions publiées", description = "Les paramètres de /api/search : q, "
            + "theme, territory, year, progress (planned, ongoing, completed), scheme, sort, page, size.")
    @APIResponse(responseCode = "200", description = "Les actions trouvées et les facettes")
    @APIResponse(responseCode = "400", description = "Paramètre inconnu ou valeur invalide")
    public ActionList list() {
        Map<String, List<String>> parameters = new java.util.LinkedHashMap<>(uri.getQueryParameters());
        SearchRequest asked = SearchParameters.read(parameters, vocabulary);
        SearchResult result = engine.search(asked.within(FacetDimension.TYPE.parameter(), ActionRepository.TYPE));
        Map<Long, Action> found = actions.byIds(result.hits().stream().map(SearchResult.Hit::id).toList());
        Caller who = Callers.of(caller);
        List<ActionView> views = result.hits().stream().flatMap(h -> Optional.ofNullable(found.get(h.id()))
                .flatMap(a -> resources.find(h.id()).filter(Resource::isPublished).map(r -> ActionView.of(r, a)))
                .stream()).toList();
        return new ActionList(result.total(), views, result.facets());
    }

    @GET
    @Path("{id: [0-9]+}")
    @PermitAll
    @Operation(summary = "Une action", description = "Publiée, ou visible de son auteur et des modérateurs.")
    @APIResponse(responseCode = "200", description = "L'action")
    @APIResponse(responseCode = "404", description = "Action inconnue ou non publiée")
    @APIResponse(responseCode = "410", description = "Action retirée")
    public ActionView get(@PathParam("id") long id) {
        Action action = actions.existing(id);
        return ActionView.of(resources.visibleTo(id, Callers.of(caller)), action);
    }

    @GET
    @Path("indicators")
    @PermitAll
    @Operation(summary = "Le bilan des actions publiées", description = "Le total de chaque indicateur, puis par "
            + "territoire, thème, dispositif et année des valeurs, sur les actions publiées seulement. Filtres (codes "
            + "ou libellés, plusieurs valeurs possibles) : territory, theme, scheme, progress, year (année des "
            + "valeurs). SUM : la somme des valeurs ; MAX : la plus grande ; COUNT : le nombre d'actions qui ont "
            + "donné une valeur. Par thème, une action à deux thèmes compte dans les deux.")
    @APIResponse(responseCode = "200", description = "Les chiffres")
    @APIResponse(responseCode = "400", description = "Valeur de filtre inconnue")
    public Results indicators() {
        return results.of(results.filter(uri.getQueryParameters()));
    }

    @GET
    @Path("indicators.csv")
    @PermitAll
    @Produces(CSV)
    @Operation(summary = "Le bilan des actions publiées en CSV", description = "Les mêmes chiffres et filtres, une "
            + "ligne par chiffre.")
    @APIResponse(responseCode = "200", description = "Le fichier CSV")
    public Response indicatorsCsv() {
        return Response.ok(ActionCsv.results(results.of(results.filter(uri.getQueryParameters()))))
                .header("Content-Disposition", "attachment; filename=\"bilan-actions.csv\"").build();
    }

    @GET
    @Path("export")
    @PermitAll
    @Operation(summary = "Exporter les actions publiées (JSON)")
    @APIResponse(responseCode = "200", description = "Toutes les actions publiées")
    public List<ActionView> export() {
        return published.all().stream().map(d -> ActionView.of(d.resource(), d.action())).toList();
    }

    @GET
    @Path("export.csv")
    @PermitAll
    @Produces(CSV)
    @Operation(summary = "Exporter les actions publiées (CSV)", description = "Une ligne par action ; les valeurs "
            + "des indicateurs en code:année=valeur.")
    @APIResponse(responseCode = "200", description = "Le fichier CSV")
    public Response exportCsv() {
        return Response.ok(ActionCsv.actions(export()))
                .header("Content-Disposition", "attachment; filename=\"actions.csv\"").build();
    }
}
