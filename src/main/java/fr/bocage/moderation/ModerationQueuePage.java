package fr.bocage.moderation;

import java.util.List;

/**
 * One page of the moderators' queue, the longest waiting first, how many wait in all, links to the pages before and
 * after (null at either end), and the moderator's choice about the daily digest; {@code digestSaved} after that
 * choice was just changed.
 */
public record ModerationQueuePage(List<ModerationPages.QueueRow> queue, long waiting, int page, int pages,
                                  String previous, String next, DigestChoice digest, boolean digestSaved) {
}
