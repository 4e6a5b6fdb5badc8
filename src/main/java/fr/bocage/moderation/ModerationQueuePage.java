package fr.bocage.moderation;

import java.util.List;

/**
 * The moderators' queue, the longest waiting first, and the moderator's choice about the daily digest;
 * {@code digestSaved} after that choice was just changed.
 */
public record ModerationQueuePage(List<ModerationPages.QueueRow> queue, DigestChoice digest, boolean digestSaved) {
}
