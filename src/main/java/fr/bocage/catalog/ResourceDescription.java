package fr.bocage.catalog;

import java.time.LocalDate;
import java.util.List;

/** The descriptive (Dublin Core–aligned) metadata of a resource, with vocabulary fields as codes. */
public record ResourceDescription(
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
        List<String> keywords) {

    /** The type code of experience reports (retours d'expériences). */
    public static final String EXPERIENCE_REPORT = "experience-report";

    public ResourceDescription {
        authors = authors == null ? List.of() : List.copyOf(authors);
        themes = themes == null ? List.of() : List.copyOf(themes);
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** A material's description: of type {@code materialType}, with its parent's subjects where it gives none. */
    ResourceDescription asMaterialOf(ResourceDescription parent, String materialType) {
        return new ResourceDescription(title, summary, authors, organisation, year, date, materialType,
                themes.isEmpty() ? parent.themes() : themes, territory == null ? parent.territory() : territory,
                audiences.isEmpty() ? parent.audiences() : audiences, language, licence, sourceUrl, keywords);
    }

    ResourceDescription withTypeAndLanguage(String newType, String newLanguage) {
        return new ResourceDescription(title, summary, authors, organisation, year, date, newType, themes, territory,
                audiences, newLanguage, licence, sourceUrl, keywords);
    }
}
