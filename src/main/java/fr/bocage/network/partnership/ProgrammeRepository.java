package fr.bocage.network.partnership;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The programmes' rows. */
@ApplicationScoped
public class ProgrammeRepository {

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    public Optional<Programme> find(long id) {
        return Optional.ofNullable(em.find(Programme.class, id));
    }

    public Programme existing(long id) {
        return find(id).orElseThrow(() -> new NotFound(Messages.format("programme.not-found", id)));
    }

    public List<Programme> all() {
        return em.createNamedQuery(Programme.ALL, Programme.class).getResultList();
    }

    @Transactional
    public Programme create(ProgrammeInput input) {
        Years.requireOrdered(input.startYear(), input.endYear());
        Programme programme = new Programme(input);
        em.persist(programme);
        return programme;
    }

    @Transactional
    public Programme update(long id, ProgrammeInput input) {
        Programme programme = existing(id);
        Years.requireOrdered(input.startYear(), input.endYear());
        programme.describe(input);
        return programme;
    }
}
