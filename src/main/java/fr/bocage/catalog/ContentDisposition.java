package fr.bocage.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A download's Content-Disposition: always an attachment (an uploaded HTML file must never render in our origin),
 * with an ASCII fallback name and the exact UTF-8 name (RFC 6266).
 */
final class ContentDisposition {
    private ContentDisposition() {
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
