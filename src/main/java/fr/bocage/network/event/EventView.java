package fr.bocage.network.event;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceDescription;
import fr.bocage.network.membership.Network;
import fr.bocage.platform.rest.ApiNames;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An event as the API shows it. {@code status} is its resource's (draft, submitted, published…). Times are ISO
 * instants, {@code timeZone} the zone they are entered and shown in. {@code joinUrl} only for those who run it.
 * {@code network} is the slug of its network, {@code networkName} that network's name, {@code membersOnly} whether
 * only that network's members and animators see it.
 */
@JsonbPropertyOrder({"id", "title", "summary", "themes", "territory", "status", "kind", "format", "startsAt",
        "endsAt", "timeZone", "placeName", "address", "commune", "programme", "capacity", "placesLeft", "organiser",
        "network", "networkName", "membersOnly", "recap", "replayUrl", "joinUrl", "page"})
public record EventView(long id, String title, String summary, List<String> themes, String territory, String status,
        String kind, String format, String startsAt, String endsAt, String timeZone, String placeName,
        String address, String commune, String programme, int capacity, long placesLeft, Long organiser,
        String network, String networkName, boolean membersOnly, String recap, String replayUrl, String joinUrl, String page) {

    /** @param network the network it belongs to; null for none */
    static EventView of(Resource r, NetworkEvent e, Network network, long placesLeft, boolean runsIt) {
        ResourceDescription d = r.description();
        return new EventView(r.getId(), d.title(), d.summary(), d.themes(), d.territory(), ApiNames.of(r.getStatus()),
                e.getKind().code(), e.getFormat().code(), e.getStartsAt().toString(), e.getEndsAt().toString(),
                e.getZone().id(), e.getPlaceName(), e.getAddress(), e.getCommune(), e.getProgramme(), e.getCapacity(),
                placesLeft, e.getOrganiser(), network == null ? null : network.getSlug(),
                network == null ? null : network.getName(), r.getCircle() != null, e.getRecap(), e.getReplayUrl(),
                runsIt ? e.getJoinUrl() : null, AgendaRoutes.event(r.getId()));
    }
}
