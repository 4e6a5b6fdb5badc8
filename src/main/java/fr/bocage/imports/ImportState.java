package fr.bocage.imports;

/** Where an import stands; {@link #INTERRUPTED} is a job the server stopped during, found at the next start. */
public enum ImportState {
    RUNNING, DONE, FAILED, INTERRUPTED
}
