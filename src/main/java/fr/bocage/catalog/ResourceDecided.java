package fr.bocage.catalog;

/**
 * A moderator decided on a resource, inside the deciding transaction: the owner's e-mail (moderation) is written
 * in it, so the decision and its e-mail commit together or not at all.
 */
public record ResourceDecided(Resource resource, WorkflowAction decision, String message) {
}
