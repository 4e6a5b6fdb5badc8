package fr.bocage.network.actor;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An actor is found by the words of its description, its commune, kind and engagement; never by its contact address. */
@ApplicationScoped
public class ActorText implements ResourceText {

    @Inject
    ActorRepository actors;

    @Override
    public Optional<String> of(Resource resource) {
        if (!ActorRepository.TYPE.equals(resource.description().type())) {
            return Optional.empty();
        }
        String actor = actors.find(resource.getId()).map(Actor::indexedText).orElse(null);
        return Optional.of(Stream.of(resource.description().summary(), actor)
                .filter(t -> t != null && !t.isBlank()).collect(Collectors.joining("\n\n")));
    }
}
