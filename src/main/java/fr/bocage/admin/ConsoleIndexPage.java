package fr.bocage.admin;

import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Progress;

/**
 * The console's index page.
 *
 * @param kind the last maintenance run, {@code rebuild} or {@code repair}, or null when none ran yet
 * @param state {@code idle}, {@code running}, {@code done} or {@code failed}
 * @param finishedAt when it ended, as the page prints it, or null
 * @param written the documents the run wrote (a repair writes only what differed), once done
 * @param done the action just started, for its confirmation, or null
 */
public record ConsoleIndexPage(IndexHealth.Counts counts, String kind, String state, String finishedAt, Long written,
        String error, Progress progress, FormFeedback feedback, String done) {
}
