package fr.bocage.catalog;

/**
 * Its owner sent a resource to moderation, inside the submitting transaction: the acknowledgement e-mail is written
 * in it, so that a submission rolled back acknowledges nothing.
 */
public record ResourceSubmitted(Resource resource) {
}
