package fr.bocage.network.newsletter;

/**
 * A short answer of the newsletter's pages (subscription asked, confirmed, unsubscribed, a link no longer valid).
 *
 * @param titleKey the heading's key in ui.properties
 * @param message  the text, already in French
 * @param error    whether it is a refusal (shown as an error)
 */
public record NoticePage(String titleKey, String message, boolean error) {
}
