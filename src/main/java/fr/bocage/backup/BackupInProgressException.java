package fr.bocage.backup;

/** Another backup is being written: one at a time, since each copies every stored file. */
public class BackupInProgressException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BackupInProgressException() {
        super("A backup is already running");
    }
}
