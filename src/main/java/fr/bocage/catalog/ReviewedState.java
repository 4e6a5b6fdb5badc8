package fr.bocage.catalog;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a moderator saw of a resource when asking for changes, field by field and in words (vocabulary labels, lists
 * joined), kept as JSON with that decision in the audit log: the next review shows what changed since.
 *
 * @param fields each field's text by its name ({@link MetadataFields#NAMES}, {@value #FILE}, or a report section's
 *               name in lower case); empty fields are left out
 */
public record ReviewedState(Map<String, String> fields) {
    public static final String FILE = "file";
    private static final List<String> ORDER = Stream.concat(Stream.concat(MetadataFields.NAMES.stream(),
            Stream.of(FILE)), Stream.of(ReportSection.values()).map(s -> s.name().toLowerCase())).toList();

    public ReviewedState {
        fields = Map.copyOf(fields);
    }

    /** One field that changed: its text then and now, either empty when the field was or is empty. */
    public record Change(String field, String before, String now) {
    }

    public static ReviewedState of(Resource resource, Vocabularies vocabularies) {
        ResourceDescription d = resource.description();
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "title", d.title());
        put(fields, "summary", d.summary());
        put(fields, "type", label(vocabularies, VocabularyKind.TYPE, d.type()));
        put(fields, "theme", joined(d.themes().stream().map(c -> label(vocabularies, VocabularyKind.THEME, c)).toList()));
        put(fields, "territory", label(vocabularies, VocabularyKind.TERRITORY, d.territory()));
        put(fields, "audience",
                joined(d.audiences().stream().map(c -> label(vocabularies, VocabularyKind.AUDIENCE, c)).toList()));
        put(fields, "year", d.year() == null ? null : d.year().toString());
        put(fields, "date", d.date() == null ? null : d.date().toString());
        put(fields, "language", label(vocabularies, VocabularyKind.LANGUAGE, d.language()));
        put(fields, "licence", label(vocabularies, VocabularyKind.LICENCE, d.licence()));
        put(fields, "authors", String.join("; ", d.authors()));
        put(fields, "organisation", d.organisation());
        put(fields, "keywords", joined(d.keywords()));
        put(fields, "sourceUrl", d.sourceUrl());
        StoredFile file = resource.getFile();
        // The name says which file it was; the digest tells a new file under the same name.
        put(fields, FILE, file == null ? null : file.getOriginalName() + " · " + file.getSha256());
        ReportSections report = resource.getReport();
        if (report != null) {
            for (ReportSection section : ReportSection.values()) {
                put(fields, section.name().toLowerCase(), report.get(section));
            }
        }
        return new ReviewedState(fields);
    }

    /** The state kept as JSON; nothing for an event that kept none (every event but a request for changes). */
    public static Optional<ReviewedState> read(String json) {
        if (json == null) {
            return Optional.empty();
        }
        try {
            JsonObject object = Json.createReader(new StringReader(json)).readObject();
            Map<String, String> fields = new LinkedHashMap<>();
            object.forEach((name, value) -> {
                if (value instanceof JsonString text) {
                    fields.put(name, text.getString());
                }
            });
            return Optional.of(new ReviewedState(fields));
        } catch (JsonException | ClassCastException e) {
            return Optional.empty();
        }
    }

    public String json() {
        JsonObjectBuilder object = Json.createObjectBuilder();
        fields.forEach(object::add);
        return object.build().toString();
    }

    /** What differs in {@code now}: metadata first, in the order of the form, then the file, then the report. */
    public List<Change> changesTo(ReviewedState now) {
        List<Change> changes = new ArrayList<>();
        for (String field : ORDER) {
            String before = fields.getOrDefault(field, "");
            String after = now.fields().getOrDefault(field, "");
            if (!Objects.equals(before, after)) {
                changes.add(new Change(field, before, after));
            }
        }
        return changes;
    }

    private static String label(Vocabularies vocabularies, VocabularyKind kind, String code) {
        return code == null ? null : vocabularies.label(kind, code);
    }

    private static String joined(List<String> values) {
        // A semicolon, since some vocabulary labels hold commas (« Agriculture, forêt, alimentation »).
        return String.join("; ", values);
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name, value.strip());
        }
    }
}
