package fr.bocage.benchmark;

import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The reference rate: the same documents parsed in this JVM with Tika and nothing else (no HTTP, no storage, no
 * index). Ingestion through the server cannot be faster than this, so its rate is reported as a share of it.
 */
final class TikaParseRun {

    /** Same cap as the server's extraction: 10 M characters of body text per document. */
    static final int WRITE_LIMIT = 10_000_000;

    record Result(Throughput throughput, long characters, int truncated, int failed, List<String> firstErrors) {
    }

    private TikaParseRun() {
    }

    static Result run(List<CorpusCsv.Entry> documents, int threads) throws InterruptedException {
        // AutoDetectParser is thread-safe; one instance, as a server would have.
        AutoDetectParser parser = new AutoDetectParser();
        AtomicLong characters = new AtomicLong();
        AtomicInteger truncated = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<String> errors = new CopyOnWriteArrayList<>();
        long nanos = Workers.run(threads, documents.size(), i -> {
            CorpusCsv.Entry document = documents.get(i);
            BodyContentHandler handler = new BodyContentHandler(WRITE_LIMIT);
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, document.file().getFileName().toString());
            ParseContext context = new ParseContext();
            context.set(Parser.class, parser); // so embedded documents are parsed too
            try (InputStream in = TikaInputStream.get(document.file())) {
                parser.parse(in, handler, metadata, context);
            } catch (Exception e) {
                if (WriteLimitReachedException.isWriteLimitReached(e)) {
                    truncated.incrementAndGet();
                } else {
                    failed.incrementAndGet();
                    if (errors.size() < 5) {
                        errors.add(document.file().getFileName() + ": " + e);
                    }
                }
            }
            characters.addAndGet(handler.toString().length());
        });
        long bytes = documents.stream().mapToLong(CorpusCsv.Entry::bytes).sum();
        return new Result(new Throughput(documents.size(), bytes, nanos), characters.get(), truncated.get(),
                failed.get(), List.copyOf(errors));
    }
}
