package fr.bocage.network.news;

import fr.bocage.catalog.FacetChoices;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceFacets;
import fr.bocage.network.membership.Networks;
import fr.bocage.search.FacetDimension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/** A news item's network as a search facet: its slug in the index and filters, its name on the pages. */
@ApplicationScoped
public class NewsFacets implements ResourceFacets {
    static final String NETWORK = FacetDimension.NETWORK.parameter();

    @Inject
    NewsRepository news;

    @Inject
    Networks networks;

    @Override
    public Map<String, String> of(Resource resource) {
        if (!NewsRepository.TYPE.equals(resource.description().type())) {
            return Map.of();
        }
        Optional<News> item = news.find(resource.getId());
        if (item.isEmpty()) {
            return Map.of();
        }
        // A news item's values mark it as the feature's (ResourceService.describe keeps its type), network or not.
        return item.get().getNetworkId() == null ? Map.of(NewsRepository.TYPE, NewsRepository.TYPE)
                : networks.find(item.get().getNetworkId()).map(n -> Map.of(NETWORK, n.getSlug()))
                .orElse(Map.of(NewsRepository.TYPE, NewsRepository.TYPE));
    }

    @Override
    public Optional<FacetChoices> choices(String dimension) {
        if (!NETWORK.equals(dimension)) {
            return Optional.empty();
        }
        return Optional.of(new FacetChoices(NETWORK, networks.all().stream()
                .map(n -> new FacetChoices.Choice(n.getSlug(), n.getName())).toList()));
    }
}
