package fr.bocage.catalog;

import fr.bocage.ingest.IngestService;
import fr.bocage.search.FacetDimension;
import fr.bocage.search.IndexedResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

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

    public IndexedResource of(Resource r) {
        ResourceDescription d = r.description();
        String content = r.getFile() != null ? ingest.text(r.getFile().getSha256())
                : r.getReport() != null ? r.getReport().text() : writtenElsewhere(r);
        content = withMaterials(r, content);
        String format = r.getFile() == null ? null : r.getFile().getFormat();
        Map<String, String> kept = keptElsewhere(r);
        return new IndexedResource(r.getId(), r.getVersion(), d.title(), d.summary(), d.keywords(), d.authors(),
                d.organisation(), content, d.type(), d.themes(), d.territory(), d.audiences(), d.year(),
                d.language(), format, r.isPublished(), d.date(), r.getCreatedAt(),
                kept.get(FacetDimension.LEVEL.parameter()), kept.get(FacetDimension.MODALITY.parameter()));
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
        StringBuilder text = new StringBuilder(content);
        for (Resource material : resources.materialsOf(r.getId())) {
            if (material.isPublished() && material.getFile() != null) {
                text.append("\n\n").append(ingest.text(material.getFile().getSha256()));
            }
        }
        return text.toString();
    }

    private String writtenElsewhere(Resource r) {
        return texts.stream().map(t -> t.of(r)).flatMap(Optional::stream).findFirst().orElse("");
    }
}
