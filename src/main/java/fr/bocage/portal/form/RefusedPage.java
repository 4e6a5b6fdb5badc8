package fr.bocage.portal.form;

import fr.bocage.platform.web.FormFeedback;

/**
 * A file sent from a form of another page and refused: why, and the way back to that page.
 *
 * @param back a local path
 */
public record RefusedPage(String back, FormFeedback feedback) {
}
