package fr.bocage.network.event;

import fr.bocage.catalog.FacetChoices;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceFacets;
import fr.bocage.search.FacetDimension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/** An event's kind and format as search facets: values of the index, labels of the pages, codes of filters. */
@ApplicationScoped
public class EventFacets implements ResourceFacets {
    static final String KIND = FacetDimension.EVENT_KIND.parameter();
    static final String FORMAT = FacetDimension.EVENT_FORMAT.parameter();

    @Inject
    EventRepository events;

    @Override
    public Map<String, String> of(Resource resource) {
        if (!EventRepository.TYPE.equals(resource.description().type())) {
            return Map.of();
        }
        return events.find(resource.getId())
                .map(e -> Map.of(KIND, e.getKind().code(), FORMAT, e.getFormat().code())).orElse(Map.of());
    }

    @Override
    public Optional<FacetChoices> choices(String dimension) {
        if (KIND.equals(dimension)) {
            return Optional.of(new FacetChoices(KIND, Arrays.stream(EventKind.values())
                    .map(k -> new FacetChoices.Choice(k.code(), k.label())).toList()));
        }
        if (FORMAT.equals(dimension)) {
            return Optional.of(new FacetChoices(FORMAT, Arrays.stream(EventFormat.values())
                    .map(f -> new FacetChoices.Choice(f.code(), f.label())).toList()));
        }
        return Optional.empty();
    }
}
