package fr.bocage.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the index knows about one resource. Codes (type, themes, territory, audiences) are vocabulary codes; the
 * caller turns them into labels.
 *
 * @param revision changes on every update of the resource, so that stale index entries can be detected
 * @param content  full extracted text, possibly several megabytes, empty when nothing was extracted
 * @param date     used for the date sort; when null the year is used instead
 * @param level    a course's level, null for any other resource
 * @param modality how a course is followed (self-paced, in-person…), null for any other resource
 * @param progress where an action stands (planned, ongoing, completed), null for any other resource
 * @param scheme   the scheme an action belongs to (Engagés pour la nature, Natura 2000…), null for any other resource
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
        String progress,
        String scheme) {

    public IndexedResource {
        title = orEmpty(title);
        summary = orEmpty(summary);
        organisation = orEmpty(organisation);
        content = orEmpty(content);
        keywords = copy(keywords);
        authors = copy(authors);
        themes = copy(themes);
        audiences = copy(audiences);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
