package fr.bocage.alert;

import fr.bocage.platform.web.FormFeedback;

/**
 * The form saving a search or changing a saved one.
 *
 * @param action    where it posts
 * @param id        the saved search's id, null for a new one
 * @param search    its query string, posted back as it is
 * @param searchUrl the search page it saves, to look at it again
 * @param frequency {@code none}, {@code daily} or {@code weekly}
 */
public record SavedSearchFormPage(String action, Long id, String search, String searchUrl, String name,
        String frequency, FormFeedback feedback) {
}
