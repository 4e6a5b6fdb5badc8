package fr.bocage.network.actor;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.search.FacetDimension;
import fr.bocage.search.FacetVocabulary;
import fr.bocage.search.SearchEngine;
import fr.bocage.search.SearchParameters;
import fr.bocage.search.SearchRequest;
import fr.bocage.search.SearchResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The directory is the one search within actors (type actor), so that it finds, ranks and hides exactly as the
 * search does: published actors only, with the facets a visitor chooses by.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActorSearch {
    static final List<FacetDimension> FACETS = List.of(FacetDimension.ACTOR_KIND, FacetDimension.TERRITORY,
            FacetDimension.THEME, FacetDimension.ENGAGEMENT);
    private static final Set<String> PARAMETERS = Set.of("q", "sort", "page", "size", "exact", "national",
            "actorKind", "territory", "theme", "engagement");

    @Inject
    SearchEngine engine;

    @Inject
    FacetVocabulary vocabulary;

    @Inject
    ActorRepository actors;

    @Inject
    ResourceRepository resources;

    /** What was asked, from a query string; parameters that mean nothing here (another type…) are dropped. */
    SearchRequest read(Map<String, List<String>> parameters) {
        Map<String, List<String>> kept = new HashMap<>(parameters);
        kept.keySet().retainAll(PARAMETERS);
        return SearchParameters.read(kept, vocabulary);
    }

    SearchResult search(SearchRequest asked) {
        return engine.search(asked.within(FacetDimension.TYPE.parameter(), ActorRepository.TYPE));
    }

    /** The API's answer: each hit with its actor's fields, the facets with their labels. */
    ActorList list(SearchRequest asked) {
        SearchResult result = search(asked);
        Map<String, List<ActorList.FacetCount>> facets = new LinkedHashMap<>();
        for (FacetDimension dimension : FACETS) {
            String name = dimension.parameter();
            facets.put(name, result.facets().getOrDefault(name, List.of()).stream()
                    .map(v -> new ActorList.FacetCount(v.value(), vocabulary.label(name, v.value()), v.count()))
                    .toList());
        }
        return new ActorList(result.total(), result.page(), result.size(), views(result.hits()), facets);
    }

    /** The published actors among hits, in their order (the index may lag a moment behind a withdrawal). */
    List<ActorView> views(List<SearchResult.Hit> hits) {
        Map<Long, Actor> found = actors.byIds(hits.stream().map(SearchResult.Hit::id).toList());
        return hits.stream().flatMap(h -> Optional.ofNullable(found.get(h.id()))
                .flatMap(a -> resources.find(h.id()).filter(Resource::isPublished).map(r -> ActorView.of(r, a)))
                .stream()).toList();
    }

    String label(FacetDimension dimension, String code) {
        return vocabulary.label(dimension.parameter(), code);
    }
}
