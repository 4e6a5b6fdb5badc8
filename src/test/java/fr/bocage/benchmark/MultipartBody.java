package fr.bocage.benchmark;

import java.io.FileNotFoundException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A {@code multipart/form-data} request body. The file part is streamed from disk by the HTTP client
 * ({@link BodyPublishers#ofFile}), so uploading the corpus never holds more than the small text parts in memory.
 */
final class MultipartBody {

    private final String boundary = "bocage-bench-" + UUID.randomUUID();
    private final List<BodyPublisher> parts = new ArrayList<>();

    /** A text field, declared UTF-8 so that accented titles arrive intact whatever the server's default charset. */
    MultipartBody field(String name, String value) {
        parts.add(text(partHeader("form-data; name=\"" + quote(name) + "\"", "text/plain; charset=UTF-8")));
        parts.add(text(value + "\r\n"));
        return this;
    }

    MultipartBody file(String name, Path file, String contentType) throws FileNotFoundException {
        String disposition = "form-data; name=\"" + quote(name) + "\"; filename=\"" + quote(file.getFileName().toString()) + "\"";
        parts.add(text(partHeader(disposition, contentType)));
        parts.add(BodyPublishers.ofFile(file));
        parts.add(text("\r\n"));
        return this;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The whole body; its length is known (text parts plus file sizes), so no chunked encoding is needed. */
    BodyPublisher publisher() {
        List<BodyPublisher> all = new ArrayList<>(parts);
        all.add(text("--" + boundary + "--\r\n"));
        return BodyPublishers.concat(all.toArray(BodyPublisher[]::new));
    }

    private String partHeader(String disposition, String contentType) {
        return "--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\nContent-Type: " + contentType + "\r\n\r\n";
    }

    private static BodyPublisher text(String s) {
        return BodyPublishers.ofByteArray(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Header parameter values are quoted strings: escape what would end them (RFC 7578 §4.2). */
    private static String quote(String s) {
        return s.replace("\\", "\\\\").replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }
}
