package fr.bocage.portal;

import java.util.List;

/**
 * A feature whose own items name resources they used (an action its guides and reports): the resource page lists
 * them, « Actions qui l'ont utilisée ». Each implementation answers with its published items only.
 */
public interface ResourceUses {

    /** The published items that used the resource {@code resourceId}, each by its title and page. */
    List<Use> of(long resourceId);

    /** One item: the key of its list's heading in ui.properties, its title, its page's address. */
    record Use(String headingKey, String title, String url) {
    }
}
