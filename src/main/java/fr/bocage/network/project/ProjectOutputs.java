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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    /** An event or webinar of the plan, dated: a line of the project's agenda. */
    public record Dated(Link link, Instant startsAt, boolean upcoming) {
    }

    /**
     * The project's agenda: the events and webinars its plan produced, as publicly shown, the upcoming ones first
     * (soonest first), then those held (latest first).
     */
    List<Dated> agenda(Project project, Instant now) {
        List<Dated> dated = project.getPlan().stream().flatMap(a -> a.getOutputs().stream())
                .filter(o -> o.getKind() != OutputKind.RESOURCE)
                .map(o -> shown(o).flatMap(link -> Optional.ofNullable(event(o.getResourceId()))
                        .map(e -> new Dated(link, e.startsAt(), e.endsAt().isAfter(now)))))
                .flatMap(Optional::stream)
                // One line per event, however many actions name it.
                .collect(Collectors.toMap(d -> d.link().id(), d -> d, (a, b) -> a, LinkedHashMap::new)).values()
                .stream().toList();
        Comparator<Dated> soonest = Comparator.comparing(Dated::startsAt);
        return Stream.concat(dated.stream().filter(Dated::upcoming).sorted(soonest),
                dated.stream().filter(d -> !d.upcoming()).sorted(soonest.reversed())).toList();
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
