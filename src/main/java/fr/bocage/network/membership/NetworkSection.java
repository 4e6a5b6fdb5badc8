package fr.bocage.network.membership;

import fr.bocage.platform.security.Caller;
import java.util.List;

/**
 * A section of a network's public page (« Ressources du réseau », « Actualités », « Agenda »), contributed by the
 * feature that knows its items: implemented there, looked up here through CDI, so that the page works whatever
 * features are present. Each implementation decides what the viewer may see: published items only, unless the
 * viewer is inside the network (as {@link Memberships#isInside} answers) and the feature has members-only items.
 */
public interface NetworkSection {

    /** One line of a section: its title, the portal path of its page, and an optional short detail (a date). */
    record Item(String title, String url, String detail) {

        /**
         * The detail of an item: its date (null for none), and the mark of an item reserved to the network's members
         * (« Réservée aux membres »), which only those inside see; {@code mark} null for a public item.
         */
        public static String detail(String date, String mark) {
            if (mark == null) {
                return date;
            }
            return date == null ? mark : date + " · " + mark;
        }
    }

    /** The section's heading on the network's page. */
    String heading();

    /** Where the section sorts on the page: lower first (resources 100; news and agenda may come before). */
    default int position() {
        return 100;
    }

    /** The items to show, the newest first; empty hides the section. */
    List<Item> of(Network network, Caller viewer);
}
