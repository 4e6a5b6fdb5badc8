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

    public IndexedResource of(Resource r) {
        ResourceDescription d = r.description();
        String content = r.getFile() != null ? ingest.text(r.getFile().getSha256())
                : r.getReport() != null ? r.getReport().text() : writtenElsewhere(r);
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

    private String writtenElsewhere(Resource r) {
        return texts.stream().map(t -> t.of(r)).flatMap(Optional::stream).findFirst().orElse("");
    }
}
