package fr.bocage.network.event;

import fr.bocage.event.material.MaterialLink;
import java.util.List;

/**
 * An event as the agenda shows it: in its list, on its page and on « Revivre ce rendez-vous ». {@code when} is in
 * the event's own zone, named; {@code startsAt} is the ISO instant and {@code zone} the IANA id, which the page's
 * script turns into the visitor's own time when their zone differs. {@code joinUrl} is set only for those who may
 * join: confirmed registrants and those who run it, until the end.
 */
public record EventCard(long id, String title, String summary, String kind, String kindLabel, String format,
        String formatLabel, String when, String startsAt, String zone, String month, String territory,
        String territoryLabel, String where, String programme, String organiser, String organiserUrl, int capacity,
        long placesLeft, boolean registrationOpen, boolean running, boolean ended, String replayUrl, String recap,
        List<MaterialLink> materials, String joinUrl, String myRegistration, boolean published) {

    public String url() {
        return AgendaRoutes.event(id);
    }

    public String icsUrl() {
        return AgendaRoutes.calendar(id);
    }

    public String reliveUrl() {
        return AgendaRoutes.relive(id);
    }

    public boolean full() {
        return placesLeft == 0;
    }

    /** Whether « Revivre ce rendez-vous » has something to show. */
    public boolean relivable() {
        return ended && (recap != null || replayUrl != null || !materials.isEmpty());
    }
}
