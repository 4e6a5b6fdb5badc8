package fr.bocage.portal;

import fr.bocage.catalog.ResourceVersion;
import fr.bocage.catalog.ResourceView;
import fr.bocage.platform.web.Routes;
import fr.bocage.search.FacetVocabulary;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * What a resource page shows: the Dublin Core metadata with vocabulary labels, its file, a text preview and similar
 * resources.
 *
 * @param similar published resources like this one, shown as search results
 * @param search  the search it was found by, to go back to (a local address of the search page)
 * @param uses    the published items of other features that used it (actions), see {@link ResourceUses}
 */
public record ResourcePage(ResourceView resource, FacetVocabulary vocabulary, String preview, String siteUrl,
                           List<HitView> similar, List<Link> earlierVersions, Link partOf, String search,
                           List<ResourceUses.Use> uses) {
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", UiText.FRENCH);

    /** A download link to a file that a newer one replaced, labelled with its number, name and date. */
    static Link earlierVersion(ResourceVersion version) {
        String label = UiText.format("resource.version", version.getNumber(), version.getFile().getOriginalName(),
                FRENCH_DATE.format(version.getAddedAt().atZone(UiText.PARIS)));
        return new Link(label, "/api/resources/" + version.getResourceId() + "/versions/" + version.getNumber() + "/file",
                false);
    }

    public List<Link> getEarlierVersions() {
        return earlierVersions;
    }

    /** The sections of a report written on line, headed and in reading order; empty for a file. */
    public List<Section> getReportSections() {
        if (resource.report() == null) {
            return List.of();
        }
        return resource.report().filled().entrySet().stream()
                .map(e -> new Section(e.getKey().label(), e.getValue())).toList();
    }

    public record Section(String heading, String text) {
    }

    public ResourceView getResource() {
        return resource;
    }

    public String getSiteUrl() {
        return siteUrl;
    }

    public String getCanonicalUrl() {
        return siteUrl + Routes.resource(resource.id());
    }

    /** The full date when known, else the year. */
    public String getPublished() {
        if (resource.date() != null) {
            return FRENCH_DATE.format(resource.date());
        }
        return resource.year() == null ? null : resource.year().toString();
    }

    /** ISO form of {@link #getPublished()}, for machines (Dublin Core, time element). */
    public String getPublishedIso() {
        if (resource.date() != null) {
            return resource.date().toString();
        }
        return resource.year() == null ? null : resource.year().toString();
    }

    public String getTypeLabel() {
        return label("type", resource.type());
    }

    public String getTerritoryLabel() {
        return label("territory", resource.territory());
    }

    public String getLanguageLabel() {
        return label("language", resource.language());
    }

    public String getLicenceLabel() {
        return label("licence", resource.licence());
    }

    public List<String> getThemeLabels() {
        return resource.themes().stream().map(theme -> label("theme", theme)).toList();
    }

    public List<String> getAudienceLabels() {
        return resource.audiences().stream().map(audience -> label("audience", audience)).toList();
    }

    /** The source as a link only when it is a web address: a javascript: URL must not become one. */
    public String getSourceLink() {
        String url = resource.sourceUrl();
        return url != null && url.matches("(?i)https?://.+") ? url : null;
    }

    public String getAuthors() {
        return String.join(", ", resource.authors());
    }

    public String getKeywords() {
        return String.join(", ", resource.keywords());
    }

    /** « PDF, 1,2 Mo » */
    public String getFileDescription() {
        return resource.file() == null ? null
                : label("format", resource.file().format()) + ", " + FileSize.of(resource.file().size());
    }

    public String getPreview() {
        return preview;
    }

    /** Authors, else organisation, else Bocage (year). Title. Organisation. Type. Where it is. */
    public String getCitation() {
        List<String> parts = new ArrayList<>();
        String authors = resource.authors().isEmpty() ? resource.organisation() : getAuthors();
        if (authors == null || authors.isBlank()) {
            authors = UiText.format("site.name"); // the centre stands in for an unknown author
        }
        String head = resource.year() == null ? authors : authors + " (" + resource.year() + ")";
        for (String part : new String[] {head, resource.title(),
                resource.authors().isEmpty() ? null : resource.organisation(), getTypeLabel(),
                UiText.format("citation.location", getCanonicalUrl())}) {
            if (part != null && !part.isBlank()) {
                parts.add(part.endsWith(".") ? part : part + ".");
            }
        }
        return String.join(" ", parts);
    }

    public List<HitView> getSimilar() {
        return similar;
    }

    public String getSearch() {
        return search;
    }

    public String getJsonLd() {
        return JsonLd.of(resource, this);
    }

    private String label(String dimension, String code) {
        return code == null ? null : vocabulary.label(dimension, code);
    }
}
