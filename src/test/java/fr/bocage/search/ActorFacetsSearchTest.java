package fr.bocage.search;

import static fr.bocage.search.Resources.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An actor's kind and engagement (issue 13) are facets and filters like the others; other resources have none. */
class ActorFacetsSearchTest {

    @Test
    void kindAndEngagementAreCountedAndFiltered(@TempDir Path folder) throws IOException {
        try (ResourceIndex index = ResourceIndex.open(folder)) {
            Resources.index(index,
                    resource(1).title("CPIE des haies").actor("cpie", "partners"),
                    resource(2).title("Commune des haies").actor("municipality", "municipalities"),
                    resource(3).title("Commune sans dispositif").actor("municipality", null),
                    resource(4).title("Guide des haies"),
                    resource(5).title("CPIE brouillon").actor("cpie", "partners").published(false));
            SearchService search = new SearchService(index);

            SearchResult all = search.search(request(Map.of("type", List.of("actor"))));
            assertEquals(3, all.total(), "published actors only");
            assertEquals(Map.of("municipality", 2L, "cpie", 1L), counts(all, "actorKind"));
            assertEquals(Map.of("partners", 1L, "municipalities", 1L), counts(all, "engagement"));

            SearchResult communes = search.search(request(Map.of("actorKind", List.of("municipality"))));
            assertEquals(2, communes.total());
            assertEquals(Map.of("municipality", 2L, "cpie", 1L), counts(communes, "actorKind"),
                    "the selected dimension keeps its counts");
            SearchResult engaged = search.search(request(Map.of("actorKind", List.of("municipality"),
                    "engagement", List.of("municipalities"))));
            assertEquals(List.of(2L), engaged.hits().stream().map(SearchResult.Hit::id).toList());
        }
    }

    private static Map<String, Long> counts(SearchResult result, String dimension) {
        return result.facets().get(dimension).stream()
                .collect(Collectors.toMap(SearchResult.FacetValue::value, SearchResult.FacetValue::count));
    }

    private static SearchRequest request(Map<String, List<String>> filters) {
        return new SearchRequest(null, filters, SearchRequest.Sort.RELEVANCE, 1, 20, false);
    }
}
