package fr.bocage.ingest.extraction;

import java.io.IOException;
import java.nio.file.Path;

/** Turns a document into UTF-8 text plus metadata. */
public interface Extractor extends AutoCloseable {

    /**
     * Extracts the text of {@code source} into {@code textTarget} (UTF-8, created or replaced).
     * A bad document never makes this throw: corrupt, encrypted, hostile or slow documents come back as a status.
     *
     * @throws IOException if the source is missing or unreadable, or the extractor cannot run at all
     */
    ExtractionResult extract(Path source, Path textTarget) throws IOException;

    /** Gets ready now rather than on the first extraction (e.g. starts worker processes). */
    void prestart() throws IOException;

    /** Workers replaced since the start because one crashed, ran out of memory or was stopped at its timeout. */
    long restarts();

    @Override
    void close();
}
