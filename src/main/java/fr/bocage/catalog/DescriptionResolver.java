package fr.bocage.catalog;

import fr.bocage.ingest.extraction.ExtractionResult;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Turns client input into a resource description: vocabulary values become codes, gaps are filled from Tika. */
@ApplicationScoped
public class DescriptionResolver {
    private static final int MAX_TITLE = 500;

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

    /** For an upload: what the uploader left empty is pre-filled from the file's own metadata. */
    public ResourceDescription forUpload(MetadataInput input, Codes codes, ExtractionResult found, String fileName) {
        String title = firstNonNull(input.title(), found.title(), titleFromFileName(fileName));
        title = title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title;
        LocalDate created = parseDate(found.created());
        Integer year = firstNonNull(yearOf(input), created == null ? null : created.getYear());
        return new ResourceDescription(title, firstNonNull(input.summary(), found.description()),
                input.authors().isEmpty() ? found.authors() : input.authors(), input.organisation(), year,
                input.date(), codes.type(), codes.themes(), codes.territory(), codes.audiences(),
                codes.language() != null ? codes.language() : knownLanguage(found.language()), codes.licence(),
                input.sourceUrl(), input.keywords().isEmpty() ? found.keywords() : input.keywords());
    }

    /** For a metadata update: the input is the whole new description; a title is required. */
    public ResourceDescription forUpdate(MetadataInput input) {
        if (input.title() == null) {
            throw new InvalidInput(Messages.get("metadata.title.required"));
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

    private static String titleFromFileName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return Messages.get("metadata.untitled");
        }
        String base = fileName.replaceAll(".*[/\\\\]", "");
        int dot = base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        return stem.replace('_', ' ').strip();
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
