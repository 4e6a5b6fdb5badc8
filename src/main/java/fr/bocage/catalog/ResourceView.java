package fr.bocage.catalog;

import fr.bocage.platform.rest.ApiNames;
import fr.bocage.platform.security.Caller;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A resource as the API shows it: metadata with vocabulary codes, its file, and its extraction report.
 * {@code partOf} is the webinar or course a material belongs to.
 */
@JsonbPropertyOrder({"id", "title", "summary", "authors", "organisation", "year", "date", "type", "themes", "territory", "audiences", "language", "licence", "sourceUrl", "keywords", "status", "partOf", "file", "extraction", "report", "createdAt", "updatedAt", "moderation"})
public record ResourceView(
        long id,
        String title,
        String summary,
        List<String> authors,
        String organisation,
        Integer year,
        LocalDate date,
        String type,
        List<String> themes,
        String territory,
        List<String> audiences,
        String language,
        String licence,
        String sourceUrl,
        List<String> keywords,
        String status,
        Long partOf,
        FileView file,
        ExtractionView extraction,
        ReportSections report,
        Instant createdAt,
        Instant updatedAt,
        ModerationView moderation) {

    @JsonbPropertyOrder({"name", "size", "mediaType", "format", "sha256", "url"})
    public record FileView(String name, long size, String mediaType, String format, String sha256, String url) {
    }

    @JsonbPropertyOrder({"status", "characters", "language", "mediaType", "parser", "durationMillis", "pages", "message"})
    public record ExtractionView(String status, long characters, String language, String mediaType, String parser,
            long durationMillis, Integer pages, String message) {
    }

    /**
     * Where the resource stands in moderation, for its owner and the moderators only: the status, and the last
     * decision (what the moderator said, who, when), if any.
     */
    @JsonbPropertyOrder({"status", "submittedAt", "message", "decidedBy", "decidedAt"})
    public record ModerationView(String status, Instant submittedAt, String message, String decidedBy,
            Instant decidedAt) {

        public static ModerationView of(Resource r) {
            return new ModerationView(ApiNames.of(r.getStatus()), r.getSubmittedAt(), r.getDecisionMessage(),
                    r.getDecidedBy(), r.getDecidedAt());
        }
    }

    /** The resource as {@code caller} may see it: with its moderation for the owner and the moderators. */
    public static ResourceView of(Resource r, Caller caller) {
        return of(r, ResourceAccess.followsModeration(r, caller) ? ModerationView.of(r) : null);
    }

    /** The resource as the public sees it. */
    public static ResourceView of(Resource r) {
        return of(r, (ModerationView) null);
    }

    private static ResourceView of(Resource r, ModerationView moderation) {
        ResourceDescription d = r.description();
        StoredFile f = r.getFile();
        ExtractionReport e = r.getExtraction();
        return new ResourceView(r.getId(), d.title(), d.summary(), d.authors(), d.organisation(), d.year(), d.date(),
                d.type(), d.themes(), d.territory(), d.audiences(), d.language(), d.licence(), d.sourceUrl(),
                d.keywords(), ApiNames.of(r.getStatus()), r.getPartOf(),
                f == null ? null : new FileView(f.getOriginalName(), f.getSize(), f.getMediaType(), f.getFormat(),
                        f.getSha256(), "/api/resources/" + r.getId() + "/file"),
                e == null ? null : new ExtractionView(ApiNames.of(e.getStatus()), e.getCharacters(), e.getLanguage(),
                        e.getMediaType(), e.getParser(), e.getDurationMillis(), e.getPages(), e.getMessage()),
                r.getReport(), r.getCreatedAt(), r.getUpdatedAt(), moderation);
    }
}
