package fr.bocage.network.actor;

import fr.bocage.catalog.FacetChoices;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceFacets;
import fr.bocage.search.FacetDimension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** An actor's kind and engagement scheme as search facets: values of the index, labels of the pages, codes of filters. */
@ApplicationScoped
public class ActorFacets implements ResourceFacets {
    static final String KIND = FacetDimension.ACTOR_KIND.parameter();
    static final String ENGAGEMENT = FacetDimension.ENGAGEMENT.parameter();

    @Inject
    ActorRepository actors;

    @Override
    public Map<String, String> of(Resource resource) {
        if (!ActorRepository.TYPE.equals(resource.description().type())) {
            return Map.of();
        }
        return actors.find(resource.getId()).map(ActorFacets::values).orElse(Map.of());
    }

    private static Map<String, String> values(Actor actor) {
        Map<String, String> values = new HashMap<>();
        values.put(KIND, actor.getKind().code());
        if (actor.getEngagement() != null) {
            values.put(ENGAGEMENT, actor.getEngagement().code());
        }
        return values;
    }

    @Override
    public Optional<FacetChoices> choices(String dimension) {
        if (KIND.equals(dimension)) {
            return Optional.of(new FacetChoices(KIND, Arrays.stream(ActorKind.values())
                    .map(k -> new FacetChoices.Choice(k.code(), k.label())).toList()));
        }
        if (ENGAGEMENT.equals(dimension)) {
            return Optional.of(new FacetChoices(ENGAGEMENT, Arrays.stream(EngagementScheme.values())
                    .map(e -> new FacetChoices.Choice(e.code(), e.label())).toList()));
        }
        return Optional.empty();
    }
}
