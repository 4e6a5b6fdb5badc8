package fr.bocage.network.event;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceAccess;
import fr.bocage.catalog.ResourceDescription;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.VocabularyKind;
import fr.bocage.event.material.EventMaterials;
import fr.bocage.event.registration.EventKey;
import fr.bocage.event.registration.Registration;
import fr.bocage.event.registration.RegistrationRepository;
import fr.bocage.event.registration.RegistrationStatus;
import fr.bocage.network.membership.Network;
import fr.bocage.network.membership.Networks;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Circles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the agenda's views of events: what a visitor, a registrant or those who run an event may see of each.
 * Only what the reader may see is listed (ResourceAccess): a draft is its author's and the moderators', a members-only
 * event its network's members' and animators' (their circle); the public calendar feed holds public events only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventAgenda {

    @Inject
    EventRepository events;

    @Inject
    ResourceRepository resources;

    @Inject
    RegistrationRepository registrations;

    @Inject
    Vocabularies vocabularies;

    @Inject
    EventMaterials materials;

    @Inject
    Networks networks;

    @Inject
    Circles circles;

    /** The events to come (or past) that {@code caller} may see, with the filter's values. */
    public List<EventCard> list(boolean past, AgendaFilter filter, Caller caller) {
        Instant now = Instant.now();
        Set<String> inside = circles.of(caller);
        return (past ? events.past(now) : events.upcoming(now)).stream()
                .flatMap(e -> resources.find(e.getId()).filter(r -> ResourceAccess.isVisible(r, caller, inside))
                        .map(r -> card(r, e, caller, null)).stream())
                .filter(filter::accepts)
                .toList();
    }

    /** The published public events to come, for the public feeds: never a draft nor a members-only one. */
    public List<DescribedEvent> publishedUpcoming() {
        return events.upcoming(Instant.now()).stream()
                .flatMap(e -> resources.find(e.getId()).filter(r -> r.isPublished() && r.getCircle() == null)
                        .map(r -> new DescribedEvent(r, e)).stream())
                .toList();
    }

    /**
     * The published events of a network still to come (or running), soonest first, at most {@code limit}, that
     * {@code viewer} may see.
     */
    public List<DescribedEvent> upcomingIn(Network network, int limit, Caller viewer) {
        Set<String> inside = circles.of(viewer);
        return events.upcomingIn(network.getId(), Instant.now()).stream()
                .flatMap(e -> resources.find(e.getId())
                        .filter(r -> r.isPublished() && ResourceAccess.isVisible(r, viewer, inside))
                        .map(r -> new DescribedEvent(r, e)).stream())
                .limit(limit).toList();
    }

    /** The network an event belongs to, if any. */
    Optional<Network> networkOf(NetworkEvent event) {
        return Optional.ofNullable(event.getNetworkId()).flatMap(networks::find);
    }

    /**
     * @param email the signed-in reader's address, whose registration the page recalls; null for a visitor
     */
    public EventCard card(Resource r, NetworkEvent e, Caller caller, String email) {
        ResourceDescription d = r.description();
        Instant now = Instant.now();
        EventKey key = EventKey.of(e.getId());
        long confirmed = registrations.count(key, RegistrationStatus.CONFIRMED);
        Optional<Registration> mine = email == null ? Optional.empty()
                : registrations.byEmail(key, email).filter(m -> m.getStatus() != RegistrationStatus.PENDING);
        boolean mayJoin = EventService.runs(r, caller)
                || mine.map(m -> m.getStatus() == RegistrationStatus.CONFIRMED).orElse(false);
        Optional<Network> network = networkOf(e);
        Optional<Resource> organiser = Optional.ofNullable(e.getOrganiser()).flatMap(resources::find)
                .filter(Resource::isPublished);
        return new EventCard(r.getId(), d.title(), d.summary(), e.getKind().code(), e.getKind().label(),
                e.getFormat().code(), e.getFormat().label(), EventTimes.when(e), e.getStartsAt().toString(),
                e.getZone().id(), EventTimes.month(e), d.territory(),
                d.territory() == null ? null : vocabularies.label(VocabularyKind.TERRITORY, d.territory()),
                e.getFormat().hasPlace() ? e.where() : null, e.getProgramme(),
                organiser.map(Resource::getTitle).orElse(null),
                organiser.map(o -> fr.bocage.platform.web.Routes.resource(o.getId())).orElse(null),
                network.map(Network::getSlug).orElse(null), network.map(Network::getName).orElse(null),
                r.getCircle() != null, e.getCapacity(),
                Math.max(0, e.getCapacity() - confirmed), r.isPublished() && !e.hasStarted(now),
                e.hasStarted(now) && !e.hasEnded(now), e.hasEnded(now), e.getReplayUrl(), e.getRecap(),
                materials.of(r.getId(), caller),
                mayJoin && !e.hasEnded(now) && e.getFormat().hasLink() ? e.getJoinUrl() : null,
                mine.map(m -> m.getStatus().name().toLowerCase(Locale.ROOT)).orElse(null), r.isPublished());
    }
}
