package fr.bocage.network.contact;

/**
 * The answer to a message sent: « Votre message a été transmis », never naming its recipient's address.
 *
 * @param backUrl the page to go back to: the actor's, or the home page
 */
public record ContactSentPage(String backUrl) {
}
