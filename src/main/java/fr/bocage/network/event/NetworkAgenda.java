package fr.bocage.network.event;

import fr.bocage.network.membership.Network;
import fr.bocage.network.membership.NetworkSection;
import fr.bocage.platform.Messages;
import fr.bocage.platform.security.Caller;
import fr.bocage.portal.UiText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * « Agenda du réseau » on a network's page: its next published events, soonest first, each dated in its own zone as
 * the agenda's cards are, those reserved to its members for them only (marked so); after its news, before its
 * resources.
 */
@ApplicationScoped
public class NetworkAgenda implements NetworkSection {
    static final int LIMIT = 5;

    @Inject
    EventAgenda agenda;

    @Override
    public String heading() {
        return Messages.get("network.section.agenda");
    }

    @Override
    public int position() {
        return 20;
    }

    @Override
    public List<Item> of(Network network, Caller viewer) {
        return agenda.upcomingIn(network, LIMIT, viewer).stream()
                .map(e -> new Item(e.resource().getTitle(), AgendaRoutes.event(e.resource().getId()),
                        Item.detail(EventTimes.when(e.event()), e.resource().getCircle() == null ? null
                                : UiText.format("event.members-only.badge"))))
                .toList();
    }
}
