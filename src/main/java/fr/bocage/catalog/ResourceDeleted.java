package fr.bocage.catalog;

/**
 * A resource is being deleted, inside the deleting transaction: what other features keep about it (a webinar's
 * event and registrations) goes with it, or not at all.
 */
public record ResourceDeleted(long id) {
}
