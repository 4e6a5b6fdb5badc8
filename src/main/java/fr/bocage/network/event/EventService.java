package fr.bocage.network.event;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceService;
import fr.bocage.catalog.ResourceStatus;
import fr.bocage.event.calendar.SessionZone;
import fr.bocage.event.calendar.StartInstant;
import fr.bocage.event.registration.RegistrationService;
import fr.bocage.network.membership.MembersOnly;
import fr.bocage.network.membership.Networks;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Proposing and changing events: the resource and its event change in one transaction. A new event is its author's
 * draft, submitted and published through the resources' workflow; registrations open once it is published. An event
 * of a network may be reserved to the network's members, as news may ({@link MembersOnly}: its animators publish it).
 */
@ApplicationScoped
@Transactional
public class EventService {

    @Inject
    ResourceService resources;

    @Inject
    ResourceRepository catalog;

    @Inject
    EventRepository events;

    @Inject
    RegistrationService registrations;

    @Inject
    EventRegistrations registered;

    @Inject
    Networks networks;

    @Inject
    MembersOnly membersOnly;

    /** A new event, its author's draft. */
    public DescribedEvent create(EventInput input, Caller caller) {
        return create(input, caller, ResourceStatus.DRAFT);
    }

    /** A new event in {@code status}: published at once for the demo content only. */
    public DescribedEvent create(EventInput input, Caller caller, ResourceStatus status) {
        EventDetails details = details(input, null, caller);
        Resource resource = resources.createTyped(input.metadata(), EventRepository.TYPE, caller.username(), status,
                details.circle(), r -> {
                    NetworkEvent event = new NetworkEvent(r.getId());
                    event.describe(details);
                    events.persist(event);
                });
        return new DescribedEvent(resource, events.existing(resource.getId()));
    }

    /**
     * The event first (locked: registrations wait behind), so that the resource's new index entry holds its new
     * fields; then the registrants learn of a new time, and people waiting get the places a larger capacity adds.
     */
    public DescribedEvent update(long id, EventInput input, Caller caller) {
        NetworkEvent event = events.locked(id)
                .orElseThrow(() -> new fr.bocage.platform.error.NotFound(Messages.format("event.not-found", id)));
        catalog.editableBy(id, caller);
        EventDetails details = details(input, event.getNetworkId(), caller);
        boolean timeChanged = event.describe(details);
        Resource resource = resources.describeTyped(id, input.metadata(), EventRepository.TYPE, caller.username(),
                details.circle());
        registrations.rescheduled(registered.of(resource, event), timeChanged);
        return new DescribedEvent(resource, event);
    }

    /**
     * Saves an event, new ({@code id} null) or changed, and sends it to moderation in the same transaction: an event
     * the moderators could not take yet (no theme, no territory) is not saved either, and the form says why.
     */
    public DescribedEvent saveAndSubmit(Long id, EventInput input, Caller caller) {
        DescribedEvent saved = id == null ? create(input, caller) : update(id, input, caller);
        return submit(saved.resource().getId(), caller);
    }

    public DescribedEvent submit(long id, Caller caller) {
        NetworkEvent event = events.existing(id);
        return new DescribedEvent(membersOnly.submit(id, event.getNetworkId(), caller), event);
    }

    /**
     * The checked fields; called once Bean Validation has passed. Every fault is named with its field, so that a
     * form shows each beside its input.
     *
     * @param network the id of the network the event is in now; null for a new event
     */
    EventDetails details(EventInput input, Long network, Caller caller) {
        Map<String, String> faults = new LinkedHashMap<>();
        SessionZone zone = input.timeZone() == null
                ? SessionZone.forTerritory(input.metadata().territory())
                : SessionZone.of(input.timeZone()).orElse(null);
        if (zone == null) {
            faults.put("timeZone", Messages.format("event.time-zone.invalid", input.timeZone()));
            zone = SessionZone.DEFAULT;
        }
        Instant start = instant(input.startsAt(), zone, "startsAt", faults);
        Instant end = instant(input.endsAt(), zone, "endsAt", faults);
        if (start != null && end != null && !end.isAfter(start)) {
            faults.put("endsAt", Messages.get("event.ends-at.order"));
        }
        EventFormat format = EventFormat.of(input.format()).orElseThrow();
        if (format.hasPlace() && input.placeName() == null && input.commune() == null) {
            faults.put("placeName", Messages.get("event.place.required"));
        }
        if (input.organiser() != null && !isPublishedActor(input.organiser())) {
            faults.put("organiser", Messages.format("event.organiser.unknown", input.organiser()));
        }
        Long inNetwork = null;
        try {
            inNetwork = networks.attachable(input.network(), network, caller, Messages.get("event.network.items"));
        } catch (InvalidInput refused) {
            faults.putAll(refused.fields());
        }
        String circle = null;
        try {
            // Only once its network is known: an unknown one is said on its own field.
            circle = faults.containsKey("network") ? null : MembersOnly.circle(inNetwork, input.membersOnly());
        } catch (InvalidInput refused) {
            faults.putAll(refused.fields());
        }
        if (!faults.isEmpty()) {
            throw new InvalidInput(InvalidInput.Reason.INVALID, String.join(" ", faults.values()), faults);
        }
        return new EventDetails(EventKind.of(input.kind()).orElseThrow(), format, start, end, zone,
                input.placeName(), input.address(), input.commune(), input.joinUrl(), input.programme(),
                input.capacity(), input.organiser(), inNetwork, input.recap(), input.replayUrl(), circle);
    }

    private static Instant instant(String text, SessionZone zone, String field, Map<String, String> faults) {
        try {
            return StartInstant.parse(text, "event.date.invalid", zone.zone());
        } catch (DomainException e) {
            faults.put(field, e.getMessage());
            return null;
        }
    }

    /** An organiser is a published actor: a draft actor, even one's own, is not shown beside a public event. */
    private boolean isPublishedActor(long id) {
        Optional<Resource> actor = catalog.find(id);
        return actor.filter(r -> EventRepository.ACTOR_TYPE.equals(r.description().type()))
                .filter(Resource::isPublished).isPresent();
    }

    /** Whether {@code caller} runs the event: its author (while they may edit it) and the moderators. */
    static boolean runs(Resource resource, Caller caller) {
        return caller.ownsOrModerates(resource);
    }
}
