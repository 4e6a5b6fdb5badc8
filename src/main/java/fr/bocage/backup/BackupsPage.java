package fr.bocage.backup;

import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Progress;
import java.util.List;

/**
 * The console's backups page.
 *
 * @param folder where backups are written on the server
 * @param last the backup started from this page since the server started, or null
 * @param progress a backup's progress is not counted: only whether one runs
 * @param address the page's own address, which the live refresh loads again
 */
public record BackupsPage(List<Row> backups, String folder, LastRun last, Progress progress, String address,
        FormFeedback feedback) {

    /** @param startedAt as the page prints it */
    public record Row(String name, String startedAt, long durationMillis, long bytes, int files, String database) {
    }

    /** @param name the backup written, once done; @param error why it failed */
    public record LastRun(boolean running, String name, String error) {
    }
}
