package fr.bocage.catalog;

import fr.bocage.platform.Messages;
import fr.bocage.platform.PlainText;
import fr.bocage.platform.error.InvalidInput;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Metadata as a client sends it: vocabulary fields as a code or a label, any field may be left out at upload
 * (it is then pre-filled from what extraction found).
 */
public record MetadataInput(
        @Size(max = MetadataLimits.TITLE, message = "{bocage.title.size}") String title,
        @Size(max = MetadataLimits.SUMMARY, message = "{bocage.summary.size}") String summary,
        @Size(max = 200, message = "{bocage.code.size}") String type,
        @Size(max = 20, message = "{bocage.list.size}") List<@Size(max = 200, message = "{bocage.code.size}") String> themes,
        @Size(max = 200, message = "{bocage.code.size}") String territory,
        @Size(max = 20, message = "{bocage.list.size}") List<@Size(max = 200, message = "{bocage.code.size}") String> audiences,
        @Min(value = 1500, message = "{bocage.year.range}") @Max(value = 2100, message = "{bocage.year.range}") Integer year,
        LocalDate date,
        @Size(max = 50, message = "{bocage.code.size}") String language,
        @Size(max = 200, message = "{bocage.code.size}") String licence,
        @Size(max = MetadataLimits.AUTHORS, message = "{bocage.list.size}")
        List<@Size(max = MetadataLimits.AUTHOR, message = "{bocage.name.size}") String> authors,
        @Size(max = MetadataLimits.ORGANISATION, message = "{bocage.name.size}") String organisation,
        @Size(max = MetadataLimits.KEYWORDS, message = "{bocage.list.size}")
        List<@Size(max = MetadataLimits.KEYWORD, message = "{bocage.keyword.size}") String> keywords,
        @Size(max = 2000, message = "{bocage.url.size}") @Pattern(regexp = "https?://\\S+", message = "{bocage.url.pattern}") String sourceUrl) {

    public MetadataInput {
        themes = clean(themes);
        audiences = clean(audiences);
        authors = clean(authors);
        keywords = clean(keywords);
        title = blankToNull(title);
        summary = PlainText.visible(summary);
        summary = summary == null || summary.isBlank() ? null : summary.strip();
        type = blankToNull(type);
        territory = blankToNull(territory);
        language = blankToNull(language);
        licence = blankToNull(licence);
        organisation = blankToNull(organisation);
        sourceUrl = blankToNull(sourceUrl);
    }

    /** A year typed as text (a form field, a CSV cell): blank is none, anything but a number is a 400. */
    public static Integer parseYear(String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(Messages.format("metadata.year.invalid", year));
        }
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().map(MetadataInput::blankToNull).filter(v -> v != null).distinct().toList();
    }

    /**
     * Values are single-line: a line break would break the one-value-a-line storage of lists. Hidden characters
     * (controls, bidi overrides, zero-width) are dropped: they make a title read other than it is.
     */
    private static String blankToNull(String value) {
        String cleaned = PlainText.oneLine(value);
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }
}
