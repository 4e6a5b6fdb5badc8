package fr.bocage.network.actor;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The claims to represent actors. */
@ApplicationScoped
public class ClaimRepository {

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    Claim existing(long id) {
        return Optional.ofNullable(em.find(Claim.class, id))
                .orElseThrow(() -> new NotFound(Messages.format("actor.claim.not-found", id)));
    }

    Optional<Claim> of(long actorId, String username) {
        return em.createNamedQuery(Claim.BY_ACTOR_AND_USER, Claim.class).setParameter("actor", actorId)
                .setParameter("username", username).getResultStream().findFirst();
    }

    List<Claim> ofActor(long actorId) {
        return em.createNamedQuery(Claim.OF_ACTOR, Claim.class).setParameter("actor", actorId).getResultList();
    }

    List<Claim> inStatus(ClaimStatus status) {
        return em.createNamedQuery(Claim.IN_STATUS, Claim.class).setParameter("status", status).getResultList();
    }

    void persist(Claim claim) {
        em.persist(claim);
        em.flush();
    }

    void removeOf(long actorId) {
        em.createNamedQuery(Claim.DELETE_OF_ACTOR).setParameter("actor", actorId).executeUpdate();
    }
}
