package fr.bocage.moderation;

import java.util.List;

/** The moderators' queue, the longest waiting first. */
public record ModerationQueuePage(List<ModerationPages.QueueRow> queue) {
}
