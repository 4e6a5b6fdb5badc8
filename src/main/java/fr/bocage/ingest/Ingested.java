package fr.bocage.ingest;

import fr.bocage.ingest.extraction.ExtractionResult;
import java.nio.file.Path;

/** An accepted upload: the staged file, what extraction found, and the staged text waiting to be kept. */
public record Ingested(StagedFile file, ExtractionResult extraction, Format format, Path stagedText) {
}
