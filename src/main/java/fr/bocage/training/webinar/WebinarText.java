package fr.bocage.training.webinar;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** A webinar is found by the words of its abstract, its recap and its speakers' names and organisations. */
@ApplicationScoped
public class WebinarText implements ResourceText {

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    @Override
    public Optional<String> of(Resource resource) {
        if (!WebinarRepository.TYPE.equals(resource.description().type())) {
            return Optional.empty();
        }
        Webinar webinar = em.find(Webinar.class, resource.getId());
        String summary = resource.description().summary();
        String speakers = webinar == null ? "" : webinar.indexedText();
        return Optional.of(summary == null ? speakers : summary + "\n\n" + speakers);
    }
}
