package fr.bocage.catalog;

import fr.bocage.ingest.extraction.ExtractionResult;
import fr.bocage.ingest.extraction.ExtractionStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** What text extraction did with a resource's file, kept so that nobody takes an empty index entry for success. */
@Embeddable
public class ExtractionReport {

    @Enumerated(EnumType.STRING)
    @Column(name = "EXTRACTION_STATUS", length = 20)
    private ExtractionStatus status;

    @Column(name = "EXTRACTION_CHARS")
    private long characters;

    @Column(name = "EXTRACTION_LANGUAGE", length = 20)
    private String language;

    @Column(name = "EXTRACTION_MEDIA_TYPE", length = 200)
    private String mediaType;

    @Column(name = "EXTRACTION_PARSER", length = 200)
    private String parser;

    @Column(name = "EXTRACTION_MILLIS")
    private long durationMillis;

    @Column(name = "EXTRACTION_PAGES")
    private Integer pages;

    @Column(name = "EXTRACTION_MESSAGE", length = 1000)
    private String message;

    protected ExtractionReport() {
    }

    public static ExtractionReport of(ExtractionResult result) {
        ExtractionReport report = new ExtractionReport();
        report.status = result.status();
        report.characters = result.chars();
        report.language = result.language();
        report.mediaType = result.mediaType();
        report.parser = result.parser();
        report.durationMillis = result.durationMillis();
        report.pages = result.pageCount();
        report.message = result.message() == null ? null
                : result.message().substring(0, Math.min(1000, result.message().length()));
        return report;
    }

    public ExtractionStatus getStatus() {
        return status;
    }

    public long getCharacters() {
        return characters;
    }

    public String getLanguage() {
        return language;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getParser() {
        return parser;
    }

    public long getDurationMillis() {
        return durationMillis;
    }

    public Integer getPages() {
        return pages;
    }

    public String getMessage() {
        return message;
    }
}
