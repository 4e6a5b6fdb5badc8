package fr.bocage.catalog;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A download's Content-Disposition: always an attachment (an uploaded HTML file must never render in our origin),
 * with an ASCII fallback name and the exact UTF-8 name (RFC 6266).
 */
final class ContentDisposition {
    private ContentDisposition() {
    }

    /** The stored bytes of a file as an attachment, with its own media type and size. */
    static Response download(StoredFile file, Path path) {
        return Response.ok(path.toFile(), file.getMediaType())
                .header("Content-Disposition", attachment(file.getOriginalName(), file.getFormat()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Length", file.getSize())
                .build();
    }

    static String attachment(String originalName, String format) {
        String name = originalName == null ? "" : originalName.replaceAll(".*[/\\\\]", "")
                .replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "document." + format;
        }
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^\\x20-\\x7E]", "_").replace('\\', '_');
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
