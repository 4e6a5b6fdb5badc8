package fr.bocage.network.event;

import fr.bocage.event.material.MaterialLink;
import fr.bocage.network.membership.NetworkPaths;
import java.util.List;

/**
 * An event as the agenda shows it: in its list, on its page and on « Revivre ce rendez-vous ». {@code when} is in
 * the event's own zone, named; {@code startsAt} is the ISO instant and {@code zone} the IANA id, which the page's
 * script turns into the visitor's own time when their zone differs. {@code joinUrl} is set only for those who may
 * join: confirmed registrants and those who run it, until the end. {@code network} is the slug of its network, or
 * null; {@code membersOnly} whether only that network's members and animators see it (« Réservé aux membres »).
 */
public record EventCard(long id, String title, String summary, String kind, String kindLabel, String format,
        String formatLabel, String when, String startsAt, String zone, String month, String territory,
        String territoryLabel, String where, String programme, String organiser, String organiserUrl, String network,
        String networkName, boolean membersOnly, int capacity,
        long placesLeft, boolean registrationOpen, boolean running, boolean ended, String replayUrl, String recap,
        List<MaterialLink> materials, String joinUrl, String myRegistration, boolean published) {

    public String url() {
        return AgendaRoutes.event(id);
    }

    /** Its network's page; null for an event in none. */
    public String networkUrl() {
        return network == null ? null : NetworkPaths.page(network);
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
