package fr.bocage.network.action;

import fr.bocage.catalog.FacetChoices;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceFacets;
import fr.bocage.search.FacetDimension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An action's progress and scheme as search facets: values of the index, labels of the pages, codes of filters. */
@ApplicationScoped
public class ActionFacets implements ResourceFacets {
    static final String PROGRESS = FacetDimension.PROGRESS.parameter();
    static final String SCHEME = FacetDimension.SCHEME.parameter();

    @Inject
    ActionRepository actions;

    @Override
    public Map<String, String> of(Resource resource) {
        if (!ActionRepository.TYPE.equals(resource.description().type())) {
            return Map.of();
        }
        return actions.find(resource.getId()).map(a -> {
            Map<String, String> values = new HashMap<>();
            values.put(PROGRESS, a.getProgress().code());
            if (a.getScheme() != null) {
                values.put(SCHEME, a.getScheme().code());
            }
            return Map.copyOf(values);
        }).orElse(Map.of());
    }

    @Override
    public Optional<FacetChoices> choices(String dimension) {
        return choicesOf(dimension);
    }

    /** The values of progress and scheme, which the results' filters read too. */
    static Optional<FacetChoices> choicesOf(String dimension) {
        if (PROGRESS.equals(dimension)) {
            return Optional.of(new FacetChoices(PROGRESS, Arrays.stream(ActionProgress.values())
                    .map(p -> new FacetChoices.Choice(p.code(), p.label())).toList()));
        }
        if (SCHEME.equals(dimension)) {
            return Optional.of(new FacetChoices(SCHEME, Arrays.stream(ActionScheme.values())
                    .map(s -> new FacetChoices.Choice(s.code(), s.label())).toList()));
        }
        return Optional.empty();
    }
}
