package fr.bocage.catalog;

import fr.bocage.ingest.IngestService;
import fr.bocage.ingest.IngestSettings;
import fr.bocage.search.FacetDimension;
import fr.bocage.search.IndexedResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** What the index needs of a resource: its metadata from the database and its stored text, never the file. */
@ApplicationScoped
public class IndexedResources {

    @Inject
    IngestService ingest;

    @Inject
    Instance<ResourceText> texts;

    @Inject
    Instance<ResourceFacets> facets;

    @Inject
    ResourceRepository resources;

    @Inject
    IngestSettings settings;

    public IndexedResource of(Resource r) {
        ResourceDescription d = r.description();
        String own = r.getFile() != null ? ingest.text(r.getFile().getSha256())
                : r.getReport() != null ? r.getReport().text() : "";
        // A feature's text (a course's objectives, a partnership's parties) comes first, then its file's if any.
        String written = writtenElsewhere(r);
        String content = withMaterials(r, written.isEmpty() ? own : own.isEmpty() ? written : written + SEPARATOR + own);
        String format = r.getFile() == null ? null : r.getFile().getFormat();
        Map<String, String> kept = keptElsewhere(r);
        return new IndexedResource(r.getId(), r.getVersion(), d.title(), d.summary(), d.keywords(), d.authors(),
                d.organisation(), content, d.type(), d.themes(), d.territory(), d.audiences(), d.year(),
                d.language(), format, publishedWithItsTraining(r), d.date(), r.getCreatedAt(),
                kept.get(FacetDimension.LEVEL.parameter()), kept.get(FacetDimension.MODALITY.parameter()), kept,
                r.getCircle());
    }

    /** Search shows a material only while its training is published too. */
    private boolean publishedWithItsTraining(Resource r) {
        return r.isPublished() && (r.getPartOf() == null
                || resources.find(r.getPartOf()).map(Resource::isPublished).orElse(false));
    }

    private Map<String, String> keptElsewhere(Resource r) {
        return facets.stream().map(f -> f.of(r)).filter(m -> !m.isEmpty()).findFirst().orElse(Map.of());
    }

    /**
     * A webinar's or course's text goes on with its published materials' texts: a word of its slides finds it, ranked
     * like a document. Unpublished materials stay out, so that nothing leaks through their parent.
     */
    private String withMaterials(Resource r, String content) {
        if (Materials.typeFor(r.description().type()).isEmpty()) {
            return content;
        }
        List<String> texts = resources.materialsOf(r.getId()).stream()
                .filter(m -> m.isPublished() && m.getFile() != null)
                .map(m -> m.getFile().getSha256()).toList();
        return joined(content, texts, ingest::textStart, (int) settings.extractionLimits().maxChars());
    }

    /**
     * The content followed by the materials' texts, at most {@code maxChars} in all: one document's extraction is
     * capped, and fifty materials must not make an index entry (and its memory) fifty times that.
     */
    static String joined(String content, List<String> materials, BiFunction<String, Integer, String> readStart,
            int maxChars) {
        StringBuilder text = new StringBuilder(content.substring(0, Math.min(content.length(), maxChars)));
        for (String sha256 : materials) {
            int left = maxChars - text.length() - SEPARATOR.length();
            if (left <= 0) {
                break;
            }
            text.append(SEPARATOR).append(readStart.apply(sha256, left));
        }
        return text.toString();
    }

    private static final String SEPARATOR = "\n\n";

    private String writtenElsewhere(Resource r) {
        return texts.stream().map(t -> t.of(r)).flatMap(Optional::stream).findFirst().orElse("");
    }
}
