package fr.bocage.search;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import fr.bocage.platform.ApiException;
import fr.bocage.platform.Messages;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recherche", description = "Recherche plein texte en français, à facettes")
public class SearchResource {
    private static final Set<String> PAGING = Set.of("q", "sort", "page", "size");

    @Inject
    SearchEngine engine;

    @Inject
    FacetVocabulary vocabulary;

    @Context
    UriInfo uri;

    /** The API's answer: hits, and facet values with their French labels. */
    @JsonbPropertyOrder({"total", "page", "size", "hits", "facets"})
    public record SearchAnswer(long total, int page, int size, List<SearchResult.Hit> hits,
            Map<String, List<FacetCount>> facets) {
    }

    @JsonbPropertyOrder({"value", "label", "count"})
    public record FacetCount(String value, String label, long count) {
    }

    @GET
    @PermitAll
    @Operation(summary = "Rechercher parmi les ressources publiées",
            description = "Mots (tous requis), \"expression exacte\", -exclusion, OR (ou OU) entre deux termes. "
                    + "Filtres répétables : type, theme, territory, audience, year, language, format (code ou "
                    + "libellé) ; plusieurs valeurs d'un même filtre se combinent par OU, des filtres différents par ET. "
                    + "Les comptes de facettes restent ceux des autres valeurs quand une valeur est choisie.")
    @APIResponse(responseCode = "200", description = "Résultats, extraits surlignés (<mark>) et facettes")
    @APIResponse(responseCode = "400", description = "Paramètre inconnu ou invalide")
    public SearchAnswer search(
            @Parameter(description = "Texte recherché") @QueryParam("q") String q,
            @Parameter(description = "relevance (défaut) ou date") @QueryParam("sort") String sort,
            @Parameter(description = "Page, à partir de 1") @QueryParam("page") String page,
            @Parameter(description = "Résultats par page, 1 à 100 (défaut 20)") @QueryParam("size") String size,
            @Parameter(schema = @Schema(type = SchemaType.ARRAY)) @QueryParam("type") List<String> type,
            @Parameter(schema = @Schema(type = SchemaType.ARRAY)) @QueryParam("theme") List<String> theme,
            @Parameter(schema = @Schema(type = SchemaType.ARRAY)) @QueryParam("territory") List<String> territory,
            @Parameter(schema = @Schema(type = SchemaType.ARRAY)) @QueryParam("audience") List<String> audience,
            @Parameter(schema = @Schema(type = SchemaType.ARRAY)) @QueryParam("year") List<String> year,
            @Parameter(schema = @Schema(type = SchemaType.ARRAY)) @QueryParam("language") List<String> language,
            @Parameter(schema = @Schema(type = SchemaType.ARRAY)) @QueryParam("format") List<String> format) {
        int pageSize = number(size, SearchRequest.DEFAULT_SIZE, "search.size.invalid");
        if (pageSize > SearchRequest.MAX_SIZE) {
            throw ApiException.badRequest(Messages.get("search.size.invalid"));
        }
        SearchResult result = engine.search(new SearchRequest(q, filters(uri.getQueryParameters()), sort(sort),
                number(page, 1, "search.page.invalid"), pageSize, false));
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        result.facets().forEach((dimension, values) -> facets.put(dimension, values.stream()
                .map(v -> new FacetCount(v.value(), vocabulary.label(dimension, v.value()), v.count())).toList()));
        return new SearchAnswer(result.total(), result.page(), result.size(), result.hits(), facets);
    }

    /** Filter values are taken as codes or labels; every other parameter name is refused, not ignored. */
    private Map<String, List<String>> filters(MultivaluedMap<String, String> parameters) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (PAGING.contains(name)) {
                return;
            }
            if (FacetDimension.fromParameter(name).isEmpty()) {
                throw ApiException.badRequest(Messages.format("search.parameter.unknown", name));
            }
            filters.put(name, values.stream().filter(v -> !v.isBlank()).map(v -> vocabulary.code(name, v)).toList());
        });
        return filters;
    }

    private static SearchRequest.Sort sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return SearchRequest.Sort.RELEVANCE;
        }
        try {
            return SearchRequest.Sort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(Messages.format("search.sort.invalid", sort));
        }
    }

    private static int number(String value, int fallback, String errorKey) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < 1) {
                throw ApiException.badRequest(Messages.get(errorKey));
            }
            return number;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(Messages.get(errorKey));
        }
    }
}
