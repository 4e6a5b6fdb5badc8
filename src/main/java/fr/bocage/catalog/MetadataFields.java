package fr.bocage.catalog;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.error.InvalidInput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Metadata typed in form fields (an API upload's parts, a portal form): one text per field, themes and audiences
 * repeated, authors and keywords separated in one text, the year and date as text.
 */
public final class MetadataFields {

    /** The names of the fields, as both the API and the portal forms call them. */
    public static final List<String> NAMES = List.of("title", "summary", "type", "theme", "territory", "audience",
            "year", "date", "language", "licence", "authors", "organisation", "keywords", "sourceUrl");

    private final Map<String, List<String>> fields;

    private MetadataFields(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    /** @throws DomainException 400 for a repeated single field, a year or a date that is not one */
    public static MetadataInput read(Map<String, List<String>> fields) {
        MetadataFields form = new MetadataFields(fields);
        return new MetadataInput(form.one("title"), form.one("summary"), form.one("type"), form.all("theme"),
                form.one("territory"), form.all("audience"), MetadataInput.parseYear(form.one("year")), form.date(),
                form.one("language"), form.one("licence"), form.split("authors", "[;\\n]"), form.one("organisation"),
                form.split("keywords", "[,;\\n]"), form.one("sourceUrl"));
    }

    private String one(String name) {
        List<String> values = fields.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new InvalidInput(Messages.format("upload.field.repeated", name));
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private List<String> all(String name) {
        return fields.getOrDefault(name, List.of());
    }

    private List<String> split(String name, String separators) {
        return all(name).stream().flatMap(v -> List.of(v.split(separators)).stream()).toList();
    }

    private LocalDate date() {
        String date = one("date");
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(Messages.format("metadata.date.invalid", date));
        }
    }
}
