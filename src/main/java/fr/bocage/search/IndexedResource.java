package fr.bocage.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the index knows about one resource. Codes (type, themes, territory, audiences) are vocabulary codes; the
 * caller turns them into labels.
 *
 * @param revision changes on every update of the resource, so that stale index entries can be detected
 * @param content  full extracted text, possibly several megabytes, empty when nothing was extracted
 * @param date     used for the date sort; when null the year is used instead
 * @param level    a course's level, null for any other resource
 * @param modality how a course is followed (self-paced, in-person…), null for any other resource
 * @param featureFacets the values of the facets other features keep (an actor's kind…), by facet parameter
 * @param circle   null for a public resource, else the circle whose members alone may find it ({@code network:12})
 */
public record IndexedResource(
        long id,
        long revision,
        String title,
        String summary,
        List<String> keywords,
        List<String> authors,
        String organisation,
        String content,
        String type,
        List<String> themes,
        String territory,
        List<String> audiences,
        Integer year,
        String language,
        String format,
        boolean published,
        LocalDate date,
        Instant createdAt,
        String level,
        String modality,
        Map<String, String> featureFacets,
        String circle) {

    /** A public resource. */
    public IndexedResource(long id, long revision, String title, String summary, List<String> keywords,
            List<String> authors, String organisation, String content, String type, List<String> themes,
            String territory, List<String> audiences, Integer year, String language, String format, boolean published,
            LocalDate date, Instant createdAt, String level, String modality, Map<String, String> featureFacets) {
        this(id, revision, title, summary, keywords, authors, organisation, content, type, themes, territory,
                audiences, year, language, format, published, date, createdAt, level, modality, featureFacets, null);
    }

    public IndexedResource {
        title = orEmpty(title);
        summary = orEmpty(summary);
        organisation = orEmpty(organisation);
        content = orEmpty(content);
        keywords = copy(keywords);
        authors = copy(authors);
        themes = copy(themes);
        audiences = copy(audiences);
        featureFacets = featureFacets == null ? Map.of() : Map.copyOf(featureFacets);
    }

    /** A value of a feature's facet, or null. */
    public String featureFacet(String parameter) {
        return featureFacets.get(parameter);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
