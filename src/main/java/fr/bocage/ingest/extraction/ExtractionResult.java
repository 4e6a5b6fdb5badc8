package fr.bocage.ingest.extraction;

import java.util.List;
import java.util.Objects;

/**
 * What an extraction found out about a document. The text itself is in the file given to
 * {@link Extractor#extract}.
 *
 * @param status         outcome; see {@link ExtractionStatus}
 * @param mediaType      type detected from the bytes, without parameters, e.g. "application/pdf"; null if unknown
 * @param parser         simple name of the parser that did the work, e.g. "PDFParser"; null if none ran
 * @param title          document title from its metadata, or null
 * @param authors        authors from the metadata, one per element; empty if none
 * @param description    description or subject, or null
 * @param keywords       keywords, one per element; empty if none
 * @param created        creation date as ISO-8601 text, or null
 * @param pageCount      number of pages for paged formats, or null
 * @param language       ISO 639-1 code guessed from the text, or null when there is too little text
 * @param chars          characters written to the text file
 * @param durationMillis time the extraction took
 * @param message        short English reason for FAILED, ENCRYPTED and BOMB; null otherwise
 */
public record ExtractionResult(ExtractionStatus status, String mediaType, String parser, String title,
                               List<String> authors, String description, List<String> keywords, String created,
                               Integer pageCount, String language, long chars, long durationMillis,
                               String message) {

    public ExtractionResult {
        Objects.requireNonNull(status, "status");
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
    }

    /** A result for a document that could not be looked at, so nothing is known about it. */
    public static ExtractionResult failure(ExtractionStatus status, String message, long durationMillis) {
        return new ExtractionResult(status, null, null, null, List.of(), null, List.of(), null, null, null, 0,
                durationMillis, message);
    }
}
