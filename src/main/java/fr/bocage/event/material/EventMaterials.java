package fr.bocage.event.material;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.StoredFile;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.web.Routes;
import fr.bocage.portal.FileSize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/** The materials of a webinar, course or event that a visitor may see, as its page lists them. */
@ApplicationScoped
public class EventMaterials {

    @Inject
    ResourceRepository resources;

    public List<MaterialLink> of(long trainingId, Caller caller) {
        return resources.materialsVisibleTo(trainingId, caller).stream().map(EventMaterials::link).toList();
    }

    private static MaterialLink link(Resource m) {
        StoredFile f = m.getFile();
        return new MaterialLink(m.getTitle(), Routes.resource(m.getId()),
                f == null ? null : "/api/resources/" + m.getId() + "/file",
                f == null || f.getFormat() == null ? null : f.getFormat().toUpperCase(Locale.ROOT),
                f == null ? null : FileSize.of(f.getSize()));
    }
}
