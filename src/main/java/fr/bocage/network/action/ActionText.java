package fr.bocage.network.action;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An action whose sections are all empty (a draft just begun) is found by its summary, commune and funders; once
 * it has sections, they are its text, as an experience report's.
 */
@ApplicationScoped
public class ActionText implements ResourceText {

    @Inject
    ActionRepository actions;

    @Override
    public Optional<String> of(Resource resource) {
        if (!ActionRepository.TYPE.equals(resource.description().type())) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        parts.add(resource.description().summary());
        actions.find(resource.getId()).ifPresent(a -> {
            parts.add(a.getCommune());
            parts.addAll(a.getFunders());
        });
        return Optional.of(String.join("\n\n", parts.stream().filter(t -> t != null && !t.isBlank()).toList()));
    }
}
