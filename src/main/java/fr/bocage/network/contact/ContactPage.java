package fr.bocage.network.contact;

/**
 * The page /contact, or /acteurs/{id}/contact when the actor's own page is not where the form was sent from.
 *
 * @param form     the form
 * @param actorUrl the actor's page, to go back to; null for the network
 */
public record ContactPage(ContactForm form, String actorUrl) {
}
