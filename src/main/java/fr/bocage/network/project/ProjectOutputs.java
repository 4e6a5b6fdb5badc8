package fr.bocage.network.project;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.event.registration.EventKey;
import fr.bocage.event.registration.RegisteredEvent;
import fr.bocage.event.registration.RegisteredEvents;
import fr.bocage.network.event.AgendaRoutes;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.platform.web.Routes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * What actions produced, as the catalogue holds it: only a published, public resource of the right type is linked,
 * when the plan is saved and again when it is shown (it may have been withdrawn since), so that no draft or
 * members-only title leaks through a public project.
 */
@ApplicationScoped
public class ProjectOutputs {

    @Inject
    ResourceRepository resources;

    @Inject
    Instance<RegisteredEvents> events;

    /** An output as pages and the API show it: its title and its page. */
    public record Link(String kind, long id, String title, String page) {
    }

    boolean linkable(OutputKind kind, long id) {
        return shown(kind, id).isPresent();
    }

    Optional<Link> shown(Output output) {
        return shown(output.getKind(), output.getResourceId());
    }

    private Optional<Link> shown(OutputKind kind, long id) {
        return resources.find(id)
                .filter(r -> r.isPublished() && r.getCircle() == null && kind.accepts(r.description().type()))
                .map(r -> new Link(ApiNames.of(kind), id, r.getTitle(), page(kind, r)));
    }

    private static String page(OutputKind kind, Resource resource) {
        return switch (kind) {
            case EVENT -> AgendaRoutes.event(resource.getId());
            case WEBINAR -> Routes.webinar(resource.getId());
            case RESOURCE -> Routes.resource(resource.getId());
        };
    }

    /** How many of these webinars are over by {@code now}: « 4 sur 10 tenus ». */
    long held(Collection<Long> webinars, Instant now) {
        return webinars.stream().map(this::event).filter(Objects::nonNull)
                .filter(e -> !e.endsAt().isAfter(now)).count();
    }

    private RegisteredEvent event(long id) {
        return events.stream().map(kind -> kind.find(EventKey.of(id), false)).flatMap(Optional::stream).findFirst()
                .orElse(null);
    }
}
