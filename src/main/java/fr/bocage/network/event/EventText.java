package fr.bocage.network.event;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An event is found by its summary, programme, place and, once over, its recap. Never by its joining link, which
 * only confirmed registrants read. Its materials' text counts for it as a webinar's does.
 */
@ApplicationScoped
public class EventText implements ResourceText {

    @Inject
    EventRepository events;

    @Override
    public Optional<String> of(Resource resource) {
        if (!EventRepository.TYPE.equals(resource.description().type())) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        parts.add(resource.description().summary());
        events.find(resource.getId()).ifPresent(e -> {
            parts.add(e.getProgramme());
            parts.add(e.where());
            parts.add(e.getRecap());
        });
        return Optional.of(String.join("\n\n", parts.stream().filter(t -> t != null && !t.isBlank()).toList()));
    }
}
