package fr.bocage.ingest.worker;

import fr.bocage.ingest.extraction.ExtractionResult;
import fr.bocage.ingest.extraction.ExtractionStatus;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.OfficeOpenXMLCore;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/** Maps Tika's metadata to the fields of an ExtractionResult. */
final class DocumentMetadata {

    /** A hostile document can carry megabytes of metadata; the catalogue only needs a sensible amount. */
    private static final int MAX_VALUE_CHARS = 2_000;
    private static final int MAX_VALUES = 100;

    private DocumentMetadata() {
    }

    static ExtractionResult toResult(ExtractionStatus status, Metadata metadata, String language, long chars,
                                     long millis, String message) {
        return new ExtractionResult(status, mediaType(metadata), parser(metadata),
                clip(metadata.get(TikaCoreProperties.TITLE)),
                values(metadata, "\\s*;\\s*", TikaCoreProperties.CREATOR),
                clip(first(metadata, TikaCoreProperties.DESCRIPTION, OfficeOpenXMLCore.SUBJECT)),
                values(metadata, "\\s*[;,]\\s*", TikaCoreProperties.SUBJECT, Office.KEYWORDS),
                metadata.get(TikaCoreProperties.CREATED), pageCount(metadata), language, chars, millis, message);
    }

    private static String mediaType(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        if (type == null) {
            return null;
        }
        MediaType parsed = MediaType.parse(type);
        return parsed == null ? type.split(";", 2)[0].strip() : parsed.getBaseType().toString();
    }

    /** The last parser listed is the one that did the work; the first ones are AutoDetect's delegates. */
    private static String parser(Metadata metadata) {
        String[] parsers = metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY);
        if (parsers.length == 0) {
            return null;
        }
        String name = parsers[parsers.length - 1];
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static Integer pageCount(Metadata metadata) {
        String pages = first(metadata, PagedText.N_PAGES, Office.PAGE_COUNT);
        try {
            return pages == null ? null : Integer.valueOf(pages.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String first(Metadata metadata, Property... properties) {
        return Stream.of(properties).map(metadata::get).filter(v -> v != null && !v.isBlank()).findFirst()
                .orElse(null);
    }

    /** All values of the properties, split on the separators some formats pack into one value, deduplicated. */
    private static List<String> values(Metadata metadata, String separators, Property... properties) {
        Set<String> values = new LinkedHashSet<>();
        Stream.of(properties).flatMap(p -> Arrays.stream(metadata.getValues(p)))
                .flatMap(v -> Arrays.stream(v.split(separators)))
                .map(String::strip).filter(v -> !v.isEmpty()).map(DocumentMetadata::clip)
                .limit(MAX_VALUES).forEach(values::add);
        return List.copyOf(values);
    }

    private static String clip(String value) {
        return value == null || value.length() <= MAX_VALUE_CHARS ? value : value.substring(0, MAX_VALUE_CHARS);
    }
}
