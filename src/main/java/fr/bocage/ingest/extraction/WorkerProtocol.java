package fr.bocage.ingest.extraction;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Binary messages between the server and an extraction worker over the worker's stdin and stdout.
 * The worker first sends {@link #READY} once its parsers are loaded, then answers each request with one result.
 * Strings are length-prefixed UTF-8 rather than writeUTF, which fails beyond 64 KB.
 */
public final class WorkerProtocol {

    /** Sent once by the worker when it can take requests; also guards against a stray byte on stdout. */
    public static final int READY = 0xB0CA6E01;

    private static final int MAX_STRING_BYTES = 1 << 20;
    private static final int MAX_LIST_SIZE = 10_000;

    /** One document to extract. */
    public record Request(Path source, Path textTarget, long maxChars, int maxEmbeddedDepth) {
    }

    private WorkerProtocol() {
    }

    public static void writeReady(DataOutput out) throws IOException {
        out.writeInt(READY);
    }

    public static void readReady(DataInput in) throws IOException {
        int word = in.readInt();
        if (word != READY) {
            throw new IOException("extraction worker sent 0x" + Integer.toHexString(word) + " instead of READY");
        }
    }

    public static void writeRequest(DataOutput out, Request request) throws IOException {
        writeString(out, request.source().toString());
        writeString(out, request.textTarget().toString());
        out.writeLong(request.maxChars());
        out.writeInt(request.maxEmbeddedDepth());
    }

    public static Request readRequest(DataInput in) throws IOException {
        return new Request(Path.of(readString(in)), Path.of(readString(in)), in.readLong(), in.readInt());
    }

    public static void writeResult(DataOutput out, ExtractionResult result) throws IOException {
        writeString(out, result.status().name());
        writeString(out, result.mediaType());
        writeString(out, result.parser());
        writeString(out, result.title());
        writeList(out, result.authors());
        writeString(out, result.description());
        writeList(out, result.keywords());
        writeString(out, result.created());
        out.writeInt(result.pageCount() == null ? -1 : result.pageCount());
        writeString(out, result.language());
        out.writeLong(result.chars());
        out.writeLong(result.durationMillis());
        writeString(out, result.message());
    }

    public static ExtractionResult readResult(DataInput in) throws IOException {
        ExtractionStatus status = ExtractionStatus.valueOf(readString(in));
        String mediaType = readString(in);
        String parser = readString(in);
        String title = readString(in);
        List<String> authors = readList(in);
        String description = readString(in);
        List<String> keywords = readList(in);
        String created = readString(in);
        int pages = in.readInt();
        String language = readString(in);
        long chars = in.readLong();
        long duration = in.readLong();
        String message = readString(in);
        return new ExtractionResult(status, mediaType, parser, title, authors, description, keywords, created,
                pages < 0 ? null : pages, language, chars, duration, message);
    }

    private static void writeString(DataOutput out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInput in) throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > MAX_STRING_BYTES) {
            throw new IOException("corrupt message: string of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void writeList(DataOutput out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            writeString(out, value);
        }
    }

    private static List<String> readList(DataInput in) throws IOException {
        int size = in.readInt();
        if (size < 0 || size > MAX_LIST_SIZE) {
            throw new IOException("corrupt message: list of " + size + " elements");
        }
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(readString(in));
        }
        return values;
    }
}
