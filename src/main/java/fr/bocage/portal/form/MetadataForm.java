package fr.bocage.portal.form;

import fr.bocage.catalog.ResourceView;
import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.VocabularyKind;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The metadata fields of a contribution as a form shows them: the values (the resource's, or those just typed when
 * the form comes back with an error) and the vocabulary choices, each marked when chosen.
 */
public final class MetadataForm {

    private final Map<String, List<String>> values;
    private final Vocabularies vocabularies;

    private MetadataForm(Map<String, List<String>> values, Vocabularies vocabularies) {
        this.values = values;
        this.vocabularies = vocabularies;
    }

    public static MetadataForm empty(Vocabularies vocabularies) {
        return new MetadataForm(Map.of("language", List.of("fr")), vocabularies);
    }

    public static MetadataForm of(ResourceView r, Vocabularies vocabularies) {
        Map<String, List<String>> values = new HashMap<>();
        put(values, "title", r.title());
        put(values, "summary", r.summary());
        put(values, "type", r.type());
        values.put("theme", r.themes());
        put(values, "territory", r.territory());
        values.put("audience", r.audiences());
        put(values, "year", r.year() == null ? null : r.year().toString());
        put(values, "language", r.language());
        put(values, "licence", r.licence());
        put(values, "authors", String.join("; ", r.authors()));
        put(values, "organisation", r.organisation());
        put(values, "keywords", String.join(", ", r.keywords()));
        put(values, "sourceUrl", r.sourceUrl());
        return new MetadataForm(values, vocabularies);
    }

    /** The values as the person typed them, to show the form again with its error. */
    public static MetadataForm typed(Map<String, String[]> parameters, Vocabularies vocabularies) {
        Map<String, List<String>> values = new HashMap<>();
        parameters.forEach((name, typed) -> values.put(name, Arrays.asList(typed)));
        return new MetadataForm(values, vocabularies);
    }

    /** Only the themes and territory chosen, for the forms that show no other description field (news, events). */
    public static MetadataForm chosen(List<String> themes, String territory, Vocabularies vocabularies) {
        Map<String, List<String>> values = new HashMap<>();
        values.put("theme", List.copyOf(themes));
        put(values, "territory", territory);
        return new MetadataForm(values, vocabularies);
    }

    private static void put(Map<String, List<String>> values, String name, String value) {
        if (value != null) {
            values.put(name, List.of(value));
        }
    }

    /** Single-valued fields by name, for the text inputs. */
    public Map<String, String> getText() {
        Map<String, String> text = new HashMap<>();
        values.forEach((name, list) -> text.put(name, list.isEmpty() ? "" : list.get(0)));
        return text;
    }

    public List<FormOption> getTypes() {
        return options(VocabularyKind.TYPE, "type");
    }

    public List<FormOption> getThemes() {
        return options(VocabularyKind.THEME, "theme");
    }

    public List<FormOption> getTerritories() {
        return options(VocabularyKind.TERRITORY, "territory");
    }

    public List<FormOption> getAudiences() {
        return options(VocabularyKind.AUDIENCE, "audience");
    }

    public List<FormOption> getLanguages() {
        return options(VocabularyKind.LANGUAGE, "language");
    }

    public List<FormOption> getLicences() {
        return options(VocabularyKind.LICENCE, "licence");
    }

    private List<FormOption> options(VocabularyKind kind, String field) {
        List<String> chosen = values.getOrDefault(field, List.of());
        return vocabularies.terms(kind).stream()
                .map(term -> new FormOption(term.getCode(), term.getLabel(), chosen.contains(term.getCode())))
                .toList();
    }
}
