package fr.bocage.catalog;

import fr.bocage.ingest.extraction.ExtractionResult;
import fr.bocage.platform.Messages;
import fr.bocage.platform.PlainText;
import fr.bocage.platform.error.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns client input into a resource description: vocabulary values become codes, gaps are filled from Tika. */
@ApplicationScoped
public class DescriptionResolver {
    @Inject
    Vocabularies vocabularies;

    /** The vocabulary values a client gave, as codes: resolved first, so that a typo is refused before any work. */
    public record Codes(String type, List<String> themes, String territory, List<String> audiences, String language,
            String licence) {
    }

    public Codes codes(MetadataInput input) {
        return new Codes(code(VocabularyKind.TYPE, input.type()),
                vocabularies.codes(VocabularyKind.THEME, input.themes()),
                code(VocabularyKind.TERRITORY, input.territory()),
                vocabularies.codes(VocabularyKind.AUDIENCE, input.audiences()),
                code(VocabularyKind.LANGUAGE, input.language()),
                code(VocabularyKind.LICENCE, input.licence()));
    }

    /**
     * For an upload: what the uploader left empty is pre-filled from the file's own metadata.
     *
     * @param textStart the beginning of the extracted text: its first line stands in for a title that the file's
     *                  properties only pretend to give (« Document1 »)
     */
    public ResourceDescription forUpload(MetadataInput input, Codes codes, ExtractionResult found, String fileName,
            String textStart) {
        String foundTitle = PlainText.oneLine(found.title());
        Optional<String> ownTitle = Placeholders.title(foundTitle);
        String title = firstNonNull(input.title(), ownTitle.map(t -> PlainText.cut(t, MetadataLimits.TITLE)).orElse(null),
                foundTitle == null || foundTitle.isBlank() ? null : firstHeading(textStart),
                titleFromFileName(fileName));
        LocalDate created = parseDate(found.created());
        Integer year = firstNonNull(yearOf(input), created == null ? null : created.getYear());
        String foundSummary = PlainText.cut(PlainText.visible(found.description()), MetadataLimits.SUMMARY);
        return new ResourceDescription(title, firstNonNull(input.summary(), foundSummary == null ? null
                : foundSummary.strip()),
                input.authors().isEmpty() ? fitted(found.authors().stream().filter(Placeholders::isAuthor).toList(),
                        MetadataLimits.AUTHOR, MetadataLimits.AUTHORS)
                        : input.authors(), input.organisation(), year,
                input.date(), codes.type(), codes.themes(), codes.territory(), codes.audiences(),
                codes.language() != null ? codes.language() : knownLanguage(found.language()), codes.licence(),
                input.sourceUrl(), input.keywords().isEmpty()
                        ? fitted(found.keywords(), MetadataLimits.KEYWORD, MetadataLimits.KEYWORDS) : input.keywords());
    }

    /**
     * A file's own list, held to what a client may send: one line each, no longer than {@code maxLength}, at most
     * {@code maxCount}. A file says what it likes, and it must still fit its column.
     */
    private static List<String> fitted(List<String> found, int maxLength, int maxCount) {
        return found.stream().map(PlainText::oneLine).filter(v -> v != null && !v.isEmpty())
                .map(v -> PlainText.cut(v, maxLength).strip()).distinct().limit(maxCount).toList();
    }

    /** For a metadata update: the input is the whole new description; a title is required. */
    public ResourceDescription forUpdate(MetadataInput input) {
        if (input.title() == null) {
            String required = Messages.get("metadata.title.required");
            throw new InvalidInput(InvalidInput.Reason.INVALID, required, Map.of("title", required));
        }
        Codes codes = codes(input);
        return new ResourceDescription(input.title(), input.summary(), input.authors(), input.organisation(),
                yearOf(input), input.date(), codes.type(), codes.themes(), codes.territory(), codes.audiences(),
                codes.language(), codes.licence(), input.sourceUrl(), input.keywords());
    }

    private static Integer yearOf(MetadataInput input) {
        return input.year() != null ? input.year() : input.date() != null ? Integer.valueOf(input.date().getYear()) : null;
    }

    private String code(VocabularyKind kind, String input) {
        return input == null ? null : vocabularies.code(kind, input);
    }

    /** A detected language is kept only when the vocabulary knows it; the extraction report keeps it anyway. */
    private String knownLanguage(String detected) {
        return Optional.ofNullable(detected).flatMap(l -> vocabularies.find(VocabularyKind.LANGUAGE, l))
                .map(VocabularyTerm::getCode).orElse(null);
    }

    /** The first line of the text that reads like a heading: letters, not too short, not a paragraph. */
    private static String firstHeading(String textStart) {
        return textStart.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst()
                .filter(line -> line.length() >= 4 && line.length() <= 200 && line.codePoints().anyMatch(Character::isLetter))
                .flatMap(Placeholders::title).map(PlainText::oneLine).orElse(null);
    }

    private static String titleFromFileName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return Messages.get("metadata.untitled");
        }
        String base = PlainText.oneLine(fileName).replaceAll(".*[/\\\\]", "");
        int dot = base.lastIndexOf('.');
        String stem = (dot > 0 ? base.substring(0, dot) : base).replace('_', ' ').strip();
        // A name of underscores, dots or slashes only leaves nothing to read: the resource still needs a title.
        return stem.codePoints().noneMatch(Character::isLetterOrDigit) ? Messages.get("metadata.untitled")
                : PlainText.cut(stem, MetadataLimits.TITLE);
    }

    private static LocalDate parseDate(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... candidates) {
        for (T candidate : candidates) {
            if (candidate instanceof String s ? !s.isBlank() : candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
