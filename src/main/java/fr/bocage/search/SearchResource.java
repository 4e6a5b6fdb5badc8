package fr.bocage.search;

import fr.bocage.platform.rest.Callers;
import fr.bocage.platform.security.Circles;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    @Inject
    SearchEngine engine;

    @Inject
    FacetVocabulary vocabulary;

    @Inject
    Circles circles;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    /**
     * The API's answer: hits, and facet values with their French labels; {@code suggestion} is a spelling
     * correction of q (or null), and {@code corrected} says the hits are that correction's, q having found nothing;
     * {@code relaxation} (left out unless the search was relaxed) says that too few documents held every word, so
     * the hits need not (each hit's {@code missing} lists the words it lacks); {@code expansions} the thesaurus's
     * concepts that widened the query.
     */
    @JsonbPropertyOrder({"total", "page", "size", "hits", "facets", "suggestion", "corrected", "relaxation",
            "expansions"})
    public record SearchAnswer(long total, int page, int size, List<SearchResult.Hit> hits,
            Map<String, List<FacetCount>> facets, @JsonbNillable String suggestion, boolean corrected,
            SearchResult.Relaxation relaxation, List<Thesaurus.Expansion> expansions) {
    }

    @JsonbPropertyOrder({"value", "label", "count"})
    public record FacetCount(String value, String label, long count) {
    }

    @GET
    @PermitAll
    @Operation(summary = "Rechercher parmi les ressources publiées",
            description = "Mots (tous requis), \"expression exacte\", -exclusion, OR (ou OU) entre deux termes. "
                    + "Filtres répétables : type, theme, territory, audience, year, language, format (le format "
                    + "du fichier), et pour les formations level (introduction, intermediate, expert) et modality "
                    + "(self-paced, in-person, remote, blended) (code ou libellé) ; plusieurs valeurs d'un même filtre se combinent par OU, des filtres différents par ET. "
                    + "Les comptes de facettes restent ceux des autres valeurs quand une valeur est choisie. "
                    + "Avec un filtre territory, les ressources nationales (territory=national) sont incluses, "
                    + "sauf avec national=false. "
                    + "Peu de résultats : une correction orthographique est proposée (suggestion) ; aucun : les "
                    + "résultats sont ceux de la correction (corrected), sauf avec exact=true. "
                    + "Moins de 3 documents contiennent tous les mots : les résultats sont ceux qui en contiennent "
                    + "le plus, ceux qui les contiennent tous en tête (relaxation : fullMatches, et missing, les mots "
                    + "absents de certains résultats ; chaque résultat donne les siens dans missing). "
                    + "prefix=true : le dernier mot est en cours de frappe et vaut aussi comme début de mot. "
                    + "Un sigle, une expression ou un synonyme du thésaurus du domaine (TVB, trame verte et bleue) "
                    + "cherche aussi ses équivalents (expansions : les mots reconnus, matched, et les libellés "
                    + "ajoutés, added), sauf avec exact=true. "
                    + "Les ressources réservées aux membres d'un réseau ne sont trouvées que par ses membres "
                    + "(authentifiés).")
    @APIResponse(responseCode = "200", description = "Résultats, extraits surlignés (<mark>) et facettes")
    @APIResponse(responseCode = "400", description = "Paramètre inconnu ou invalide")
    // The parameters document the operation; SearchParameters reads them all, repeated or not, from the URI.
    public SearchAnswer search(
            @Parameter(description = "Texte recherché") @QueryParam("q") String q,
            @Parameter(description = "relevance (défaut) ou date") @QueryParam("sort") String sort,
            @Parameter(description = "Page, à partir de 1") @QueryParam("page") String page,
            @Parameter(description = "Résultats par page, 1 à 100 (défaut 20)") @QueryParam("size") String size,
            @Parameter(description = "true : les mots tels quels, sans correction orthographique")
            @QueryParam("exact") String exact,
            @Parameter(description = "Avec un filtre territory : true (défaut) inclut les ressources nationales, "
                    + "qui valent partout ; false ne donne que les territoires choisis")
            @QueryParam("national") String national,
            @Parameter(description = "true : le dernier mot, en cours de frappe, vaut aussi comme début de mot")
            @QueryParam("prefix") String prefix,
            @Parameter(schema = @Schema(type = SchemaType.ARRAY)) @QueryParam("type") List<String> type,
            @Parameter(schema = @Schema(type = SchemaType.ARRAY)) @QueryParam("theme") List<String> theme,
            @Parameter(schema = @Schema(type = SchemaType.ARRAY)) @QueryParam("territory") List<String> territory,
            @Parameter(schema = @Schema(type = SchemaType.ARRAY)) @QueryParam("audience") List<String> audience,
            @Parameter(schema = @Schema(type = SchemaType.ARRAY)) @QueryParam("year") List<String> year,
            @Parameter(schema = @Schema(type = SchemaType.ARRAY)) @QueryParam("language") List<String> language,
            @Parameter(schema = @Schema(type = SchemaType.ARRAY)) @QueryParam("format") List<String> format,
            @Parameter(schema = @Schema(type = SchemaType.ARRAY)) @QueryParam("level") List<String> level,
            @Parameter(schema = @Schema(type = SchemaType.ARRAY)) @QueryParam("modality") List<String> modality) {
        SearchResult result = engine.search(SearchParameters.read(uri.getQueryParameters(), vocabulary)
                .withCircles(circles.of(Callers.of(security))));
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        result.facets().forEach((dimension, values) -> facets.put(dimension, values.stream()
                .map(v -> new FacetCount(v.value(), vocabulary.label(dimension, v.value()), v.count())).toList()));
        return new SearchAnswer(result.total(), result.page(), result.size(), result.hits(), facets,
                result.suggestion(), result.corrected(), result.relaxation(), result.expansions());
    }
}
