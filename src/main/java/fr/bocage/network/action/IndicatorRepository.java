package fr.bocage.network.action;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The indicator catalogue's rows: a few dozen at most, read whole. */
@ApplicationScoped
public class IndicatorRepository {

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    /** In the catalogue's order. */
    public List<Indicator> all() {
        return em.createNamedQuery(Indicator.ALL, Indicator.class).getResultList();
    }

    public Optional<Indicator> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Indicator.class, code));
    }

    void persist(Indicator indicator) {
        em.persist(indicator);
    }
}
