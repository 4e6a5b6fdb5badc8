package fr.bocage.catalog;

import fr.bocage.ingest.IngestService;
import fr.bocage.search.IndexedResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;

/** What the index needs of a resource: its metadata from the database and its stored text, never the file. */
@ApplicationScoped
public class IndexedResources {

    @Inject
    IngestService ingest;

    @Inject
    Instance<ResourceText> texts;

    public IndexedResource of(Resource r) {
        ResourceDescription d = r.description();
        String content = r.getFile() != null ? ingest.text(r.getFile().getSha256())
                : r.getReport() != null ? r.getReport().text() : writtenElsewhere(r);
        String format = r.getFile() == null ? null : r.getFile().getFormat();
        return new IndexedResource(r.getId(), r.getVersion(), d.title(), d.summary(), d.keywords(), d.authors(),
                d.organisation(), content, d.type(), d.themes(), d.territory(), d.audiences(), d.year(),
                d.language(), format, r.isPublished(), d.date(), r.getCreatedAt());
    }

    private String writtenElsewhere(Resource r) {
        return texts.stream().map(t -> t.of(r)).flatMap(Optional::stream).findFirst().orElse("");
    }
}
