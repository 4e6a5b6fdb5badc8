package fr.bocage.ingest;

import java.util.List;
import java.util.Optional;

/**
 * The file formats the centre takes, by media type detected from the bytes. A type not listed here (executables,
 * unknown binary data…) is refused at upload.
 */
public enum Format {
    PDF("pdf", "PDF", "application/pdf"),
    DOCX("docx", "Word (DOCX)", "application/vnd.openxmlformats-officedocument.wordprocessingml."),
    DOC("doc", "Word 97-2003 (DOC)", "application/msword", "application/vnd.ms-word"),
    ODT("odt", "OpenDocument texte (ODT)", "application/vnd.oasis.opendocument.text"),
    SPREADSHEET("spreadsheet", "Tableur (XLSX, XLS, ODS, CSV)",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.", "application/vnd.ms-excel",
            "application/vnd.oasis.opendocument.spreadsheet", "text/csv"),
    PRESENTATION("presentation", "Présentation (PPTX, PPT, ODP)",
            "application/vnd.openxmlformats-officedocument.presentationml.", "application/vnd.ms-powerpoint",
            "application/vnd.oasis.opendocument.presentation"),
    OFFICE_PROTECTED("office", "Document Office protégé", "application/x-tika-ooxml-protected",
            "application/x-tika-msoffice", "application/x-tika-ooxml"),
    RTF("rtf", "RTF", "application/rtf"),
    EPUB("epub", "EPUB", "application/epub+zip"),
    HTML("html", "Page web (HTML)", "text/html", "application/xhtml+xml"),
    TEXT("txt", "Texte", "text/plain", "text/markdown", "text/x-web-markdown"),
    XML("xml", "XML", "application/xml", "text/xml"),
    OTHER_TEXT_PROCESSOR("wordperfect", "WordPerfect", "application/vnd.wordperfect"),
    EMAIL("email", "Courriel", "message/rfc822", "application/vnd.ms-outlook", "application/mbox"),
    IMAGE("image", "Image", "image/jpeg", "image/png", "image/tiff", "image/gif", "image/webp", "image/svg+xml"),
    ARCHIVE("archive", "Archive (ZIP, 7z)", "application/zip", "application/x-7z-compressed");

    private final String code;
    private final String label;
    private final List<String> mediaTypePrefixes;

    Format(String code, String label, String... mediaTypePrefixes) {
        this.code = code;
        this.label = label;
        this.mediaTypePrefixes = List.of(mediaTypePrefixes);
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Format> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String bare = mediaType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        for (Format format : values()) {
            for (String prefix : format.mediaTypePrefixes) {
                if (prefix.endsWith(".") ? bare.startsWith(prefix) : bare.equals(prefix)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    public static Optional<Format> ofCode(String code) {
        for (Format format : values()) {
            if (format.code.equalsIgnoreCase(code)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
