package fr.bocage.network.news;

import fr.bocage.network.membership.Network;
import fr.bocage.network.membership.NetworkSection;
import fr.bocage.platform.Messages;
import fr.bocage.platform.security.Caller;
import fr.bocage.portal.UiText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * « Actualités du réseau » on a network's page: its latest published news that the viewer may see (the members-only
 * ones for its members and animators, marked so), before its resources.
 */
@ApplicationScoped
public class NetworkNews implements NetworkSection {
    private static final int LIMIT = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    @Inject
    NewsDirectory news;

    @Override
    public String heading() {
        return Messages.get("network.section.news");
    }

    @Override
    public int position() {
        return 10;
    }

    @Override
    public List<Item> of(Network network, Caller viewer) {
        return news.latestOf(network.getId(), LIMIT, viewer).stream()
                .map(n -> new Item(n.title(), n.url(), detail(n))).toList();
    }

    /** Its date, and « Réservée aux membres » when it is. */
    private static String detail(NewsSummary n) {
        return Item.detail(n.date() == null ? null : DAY.format(n.date()),
                n.membersOnly() ? UiText.format("news.members-only.badge") : null);
    }
}
