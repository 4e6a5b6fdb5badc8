package fr.bocage.catalog;

import fr.bocage.ingest.IngestService;
import fr.bocage.search.IndexedResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What the index needs of a resource: its metadata from the database and its stored text, never the file. */
@ApplicationScoped
public class IndexedResources {

    @Inject
    IngestService ingest;

    public IndexedResource of(Resource r) {
        ResourceDescription d = r.description();
        String content = r.getFile() != null ? ingest.text(r.getFile().getSha256())
                : r.getReport() != null ? r.getReport().text() : "";
        String format = r.getFile() == null ? null : r.getFile().getFormat();
        return new IndexedResource(r.getId(), r.getVersion(), d.title(), d.summary(), d.keywords(), d.authors(),
                d.organisation(), content, d.type(), d.themes(), d.territory(), d.audiences(), d.year(),
                d.language(), format, r.isPublished(), d.date(), r.getCreatedAt());
    }
}
