package fr.bocage.ingest.worker;

import fr.bocage.ingest.extraction.ExtractionResult;
import fr.bocage.ingest.extraction.ExtractionStatus;
import fr.bocage.ingest.extraction.WorkerProtocol;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.apache.tika.exception.AccessPermissionException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.SecureContentHandler;
import org.apache.tika.sax.ToTextContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/** Extracts one document at a time with Tika; one instance per worker, as the parser setup is costly. */
public final class TikaExtraction {

    /**
     * Enough text for a reliable language guess (n-gram statistics settle within a few hundred letters); with 20,000
     * the guess, mostly its URL and e-mail filters, was a fifth of a worker's parsing time.
     */
    private static final int LANGUAGE_SAMPLE_CHARS = 5_000;
    private static final int MAX_MESSAGE_CHARS = 300;

    private final AutoDetectParser parser = new AutoDetectParser();
    private final LanguageGuesser languages;
    private final TesseractOCRConfig noOcr = new TesseractOCRConfig();

    public TikaExtraction() throws IOException {
        AutoDetectParserConfig config = new AutoDetectParserConfig();
        // Tika's zip-bomb defaults, spelled out: output beyond 1 M chars and 100 times the input is a bomb,
        // and so is XHTML nested 100 levels deep.
        config.setOutputThreshold(1_000_000);
        config.setMaximumCompressionRatio(100);
        config.setMaximumDepth(100);
        parser.setAutoDetectParserConfig(config);
        // EMPTY is how the server learns that a document needs OCR, so Tika must not try OCR itself.
        noOcr.setSkipOcr(true);
        languages = new LanguageGuesser();
        warmUp();
    }

    /**
     * Loads the classes every parse needs (detection, text output, language guess) before the worker reports
     * ready, so that the server's timeout measures the document's work, not the JVM's start.
     */
    private void warmUp() throws IOException {
        byte[] text = "Bocage met en route son extracteur de texte pour la première fois."
                .getBytes(StandardCharsets.UTF_8);
        try (TikaInputStream stream = TikaInputStream.get(text)) {
            parser.parse(stream, new BodyContentHandler(), new Metadata(), new ParseContext());
        } catch (SAXException | TikaException e) {
            throw new IOException("Tika cannot parse plain text", e);
        }
        languages.guess(new String(text, StandardCharsets.UTF_8).repeat(2));
    }

    /**
     * Runs one request. Every failure of the document becomes a status; an OutOfMemoryError is rethrown because
     * the worker must not go on after it.
     */
    public ExtractionResult extract(WorkerProtocol.Request request) throws IOException {
        long start = System.nanoTime();
        Metadata metadata = new Metadata();
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        context.set(TesseractOCRConfig.class, noOcr);
        EmbeddedDepthGuard depthGuard = new EmbeddedDepthGuard(new ParsingEmbeddedDocumentExtractor(context),
                request.maxEmbeddedDepth());
        context.set(EmbeddedDocumentExtractor.class, depthGuard);

        ExtractionStatus status;
        String message = null;
        TextSink sink = new TextSink(new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(request.textTarget()), StandardCharsets.UTF_8)), LANGUAGE_SAMPLE_CHARS);
        try (sink) {
            ContentHandler handler = new BodyContentHandler(new WriteOutContentHandler(
                    new ToTextContentHandler(sink), (int) request.maxChars(), true, context));
            // TikaInputStream puts the file name in the metadata, but only as a hint: Tika's detectors trust the
            // bytes first (a WordPerfect file named .doc is WordPerfect) and use the name where bytes say little,
            // e.g. for an EBCDIC .txt.
            try (TikaInputStream stream = TikaInputStream.get(request.source(), metadata)) {
                parser.parse(stream, handler, metadata, context);
            }
            status = sink.hasVisibleText() ? ExtractionStatus.OK : ExtractionStatus.EMPTY;
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (Throwable t) {
            status = classify(t);
            message = switch (status) {
                case ENCRYPTED -> "document is encrypted or password-protected";
                case BOMB -> find(t, SecureContentHandler.class) != null
                        ? "suspected zip bomb: " + find(t, SecureContentHandler.class).getMessage()
                        : "suspected zip bomb";
                case TRUNCATED -> null;
                default -> find(t, ZeroByteFileException.class) != null ? "file is empty (0 bytes)" : describe(t);
            };
        }
        if (depthGuard.exceeded()) {
            status = ExtractionStatus.BOMB;
            message = "suspected zip bomb: " + depthGuard.message();
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        String language = status == ExtractionStatus.BOMB ? null : languages.guess(sink.sample());
        return DocumentMetadata.toResult(status, metadata, language, sink.chars(), millis, message);
    }

    private static ExtractionStatus classify(Throwable t) {
        if (find(t, SecureContentHandler.class) != null) {
            return ExtractionStatus.BOMB;
        }
        if (WriteLimitReachedException.isWriteLimitReached(t)) {
            return ExtractionStatus.TRUNCATED;
        }
        if (find(t, EncryptedDocumentException.class) != null || find(t, AccessPermissionException.class) != null) {
            return ExtractionStatus.ENCRYPTED;
        }
        return ExtractionStatus.FAILED;
    }

    /**
     * The first throwable of the cause chain of the given type, or, for SecureContentHandler, the one it threw
     * (its exception class is private to Tika).
     */
    private static Throwable find(Throwable t, Class<?> type) {
        for (Throwable cause = t; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause) || type == cause.getClass().getEnclosingClass()) {
                return cause;
            }
        }
        return null;
    }

    private static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = summary(t) + (root == t ? "" : "; caused by " + summary(root));
        return text.length() <= MAX_MESSAGE_CHARS ? text : text.substring(0, MAX_MESSAGE_CHARS - 1) + "…";
    }

    private static String summary(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip().lines().findFirst()
                .orElse(""));
    }
}
