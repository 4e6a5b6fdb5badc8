package fr.bocage.admin;

import fr.bocage.platform.web.FormFeedback;
import java.util.List;

/**
 * The console's outbox page: the counts of each state, the latest messages given up, and the action just done
 * ({@code renvoi}) or null.
 */
public record ConsoleOutboxPage(long pending, long sent, long failed, List<Failure> failures, FormFeedback feedback,
        String done) {

    /** @param createdAt when the message was written, as the page prints it */
    public record Failure(String recipient, String subject, int attempts, String error, String createdAt) {
    }
}
