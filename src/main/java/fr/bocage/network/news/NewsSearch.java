package fr.bocage.network.news;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.network.membership.Network;
import fr.bocage.network.membership.Networks;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Circles;
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
 * The news list is the one search within news (type news), so that it finds, ranks and hides exactly as the search
 * does: published items only, members-only ones for the viewers inside their network's circle. Without words it lists
 * the newest first.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NewsSearch {
    static final List<FacetDimension> FACETS = List.of(FacetDimension.THEME, FacetDimension.TERRITORY,
            FacetDimension.NETWORK);
    private static final Set<String> PARAMETERS = Set.of("q", "sort", "page", "size", "exact", "national", "theme",
            "territory", "network");

    @Inject
    SearchEngine engine;

    @Inject
    FacetVocabulary vocabulary;

    @Inject
    NewsRepository news;

    @Inject
    ResourceRepository resources;

    @Inject
    Networks networks;

    @Inject
    Circles circles;

    /** What {@code viewer} asked, from a query string; parameters that mean nothing here are dropped. */
    SearchRequest read(Map<String, List<String>> parameters, Caller viewer) {
        return read(parameters).withCircles(circles.of(viewer));
    }

    private SearchRequest read(Map<String, List<String>> parameters) {
        Map<String, List<String>> kept = new HashMap<>(parameters);
        kept.keySet().retainAll(PARAMETERS);
        SearchRequest asked = SearchParameters.read(kept, vocabulary);
        if (asked.query().isEmpty() && !kept.containsKey("sort")) {
            return new SearchRequest(asked.query(), asked.filters(), SearchRequest.Sort.DATE, asked.page(),
                    asked.size(), false, asked.exact(), asked.includeNational());
        }
        return asked;
    }

    SearchResult search(SearchRequest asked) {
        return engine.search(asked.within(FacetDimension.TYPE.parameter(), NewsRepository.TYPE));
    }

    /**
     * The newest published items, of one network or of all ({@code networkSlug} null), public or of the
     * {@code viewerCircles} (none for the feeds, which anybody reads).
     */
    List<Published> newest(String networkSlug, int limit, Set<String> viewerCircles) {
        Map<String, List<String>> filters = networkSlug == null ? Map.of()
                : Map.of(FacetDimension.NETWORK.parameter(), List.of(networkSlug));
        SearchRequest newest = new SearchRequest("", filters, SearchRequest.Sort.DATE, 1, limit, false, false, true,
                viewerCircles);
        return published(search(newest).hits());
    }

    /** The API's answer: each hit with its item's fields, the facets with their labels. */
    NewsList list(SearchRequest asked) {
        SearchResult result = search(asked);
        Map<String, List<NewsList.FacetCount>> facets = new LinkedHashMap<>();
        for (FacetDimension dimension : FACETS) {
            String name = dimension.parameter();
            facets.put(name, result.facets().getOrDefault(name, List.of()).stream()
                    .map(v -> new NewsList.FacetCount(v.value(), vocabulary.label(name, v.value()), v.count()))
                    .toList());
        }
        return new NewsList(result.total(), result.page(), result.size(),
                published(result.hits()).stream().map(p -> NewsView.of(p.resource(), p.news(), p.networkSlug()))
                        .toList(), facets);
    }

    /** The published items among hits, in their order (the index may lag a moment behind a withdrawal). */
    List<Published> published(List<SearchResult.Hit> hits) {
        Map<Long, News> found = news.byIds(hits.stream().map(SearchResult.Hit::id).toList());
        return hits.stream().flatMap(h -> Optional.ofNullable(found.get(h.id()))
                .flatMap(n -> resources.find(h.id()).filter(Resource::isPublished)
                        .map(r -> new Published(r, n, slug(n), h.snippet())))
                .stream()).toList();
    }

    Optional<Network> network(News item) {
        return item.getNetworkId() == null ? Optional.empty() : networks.find(item.getNetworkId());
    }

    String slug(News item) {
        return network(item).map(Network::getSlug).orElse(null);
    }

    String label(FacetDimension dimension, String code) {
        return code == null ? null : vocabulary.label(dimension.parameter(), code);
    }

    /** A published item with its network's slug (null without one) and the search's snippet (HTML-safe). */
    record Published(Resource resource, News news, String networkSlug, String snippet) {

        /** Whether only its network's members see it (« Réservée aux membres »). */
        boolean membersOnly() {
            return resource.getCircle() != null;
        }
    }
}
