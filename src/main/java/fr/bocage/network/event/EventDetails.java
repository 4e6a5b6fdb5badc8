package fr.bocage.network.event;

import fr.bocage.event.calendar.SessionZone;
import java.time.Instant;

/**
 * An event's own fields once checked (the service reads them from an {@link EventInput}), and the circle its resource
 * is limited to: its network's when reserved to its members, null when public.
 */
record EventDetails(EventKind kind, EventFormat format, Instant startsAt, Instant endsAt, SessionZone zone,
        String placeName, String address, String commune, String joinUrl, String programme, int capacity,
        Long organiser, Long network, String recap, String replayUrl, String circle) {
}
