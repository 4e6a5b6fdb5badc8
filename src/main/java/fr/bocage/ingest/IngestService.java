package fr.bocage.ingest;

import fr.bocage.ingest.extraction.ExtractionResult;
import fr.bocage.ingest.extraction.ExtractionStatus;
import fr.bocage.ingest.extraction.Extractor;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.metrics.Metrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

/** Takes a staged upload through extraction and decides whether the centre accepts it. */
@ApplicationScoped
public class IngestService {

    @Inject
    Extractor extractor;

    @Inject
    ContentStore contents;

    @Inject
    TextStore texts;

    @Inject
    StoreDeletions deletions;

    @Inject
    MeterRegistry meters;

    /**
     * Extracts the staged file; refuses bombs and formats the centre does not take, leaving nothing behind. Timed by
     * outcome ({@code bocage_ingest_extraction_seconds}): an extraction status, {@code unsupported} or {@code error}.
     */
    public Ingested extract(StagedFile file) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "error";
        try {
            Ingested ingested = accepted(file);
            outcome = ingested.extraction().status().name().toLowerCase(Locale.ROOT);
            return ingested;
        } catch (InvalidInput e) {
            outcome = e.reason() == InvalidInput.Reason.UNSUPPORTED_FORMAT ? "unsupported" : "bomb";
            throw e;
        } finally {
            sample.stop(Metrics.latency("bocage.ingest.extraction", "Text extractions, by outcome")
                    .tag("outcome", outcome).register(meters));
        }
    }

    private Ingested accepted(StagedFile file) {
        Path stagedText = texts.newStagingFile();
        ExtractionResult result;
        try {
            result = extractor.extract(file.path(), stagedText);
        } catch (IOException e) {
            ContentStore.deleteQuietly(stagedText);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            ContentStore.deleteQuietly(stagedText);
            throw e;
        }
        if (result.status() == ExtractionStatus.BOMB) {
            ContentStore.deleteQuietly(stagedText);
            throw new InvalidInput(InvalidInput.Reason.UNPROCESSABLE, Messages.get("upload.bomb"));
        }
        Format format = Format.ofMediaType(result.mediaType()).orElse(null);
        if (format == null) {
            ContentStore.deleteQuietly(stagedText);
            throw new InvalidInput(InvalidInput.Reason.UNSUPPORTED_FORMAT, Messages.format("upload.unsupported", result.mediaType()));
        }
        return new Ingested(file, result, format, stagedText);
    }

    /** Moves an accepted upload and its text into the stores. */
    public void keep(Ingested ingested) {
        contents.keep(ingested.file());
        texts.keep(ingested.file().sha256(), ingested.stagedText());
    }

    /** Drops the staged text of an upload that will not be kept (the caller closes the staged file). */
    public void discard(Ingested ingested) {
        ContentStore.deleteQuietly(ingested.stagedText());
    }

    /** Forgets the stored file and text of a digest no resource uses any more. */
    public void forget(String sha256) {
        deletions.run(() -> {
            contents.delete(sha256);
            texts.delete(sha256);
        });
    }

    public String text(String sha256) {
        return texts.read(sha256);
    }

    /** The first characters of the text: a preview without reading a long document whole. */
    public String textStart(String sha256, int maxChars) {
        return texts.readStart(sha256, maxChars);
    }

    public Path file(String sha256) {
        return contents.pathOf(sha256);
    }
}
