package fr.bocage.network.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who belongs to which network: the one place that answers « is this account a member, an animator? » for every
 * page, API and list of the networks.
 */
@ApplicationScoped
public class Memberships {

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    public Optional<Member> of(Network network, String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Member.BY_NETWORK_AND_USER, Member.class).setParameter("network", network.getId())
                .setParameter("username", username).getResultStream().findFirst();
    }

    public boolean isMember(Network network, String username) {
        return of(network, username).map(Member::isAccepted).orElse(false);
    }

    /** Members and animators see the network's members-only content. */
    public boolean isInside(Network network, String username) {
        return network.isAnimatedBy(username) || isMember(network, username);
    }

    /** The ids of the networks this account is an accepted member of. */
    public Set<Long> networksOf(String username) {
        if (username == null) {
            return Set.of();
        }
        return Set.copyOf(em.createNamedQuery(Member.NETWORKS_OF, Long.class).setParameter("username", username)
                .getResultList());
    }

    public List<Member> inStatus(Network network, MemberStatus status) {
        return em.createNamedQuery(Member.OF_NETWORK, Member.class).setParameter("network", network.getId())
                .setParameter("status", status).getResultList();
    }

    /** The usernames of the accepted members who chose to receive the mailing list. */
    public List<String> listRecipients(Network network) {
        return em.createNamedQuery(Member.LIST_RECIPIENTS, String.class).setParameter("network", network.getId())
                .getResultList();
    }

    /** A membership by its id, within its network: another network's is not found here. */
    public Optional<Member> find(Network network, long id) {
        return Optional.ofNullable(em.find(Member.class, id)).filter(m -> m.getNetworkId() == network.getId());
    }

    /** Every membership of an account, whatever its status (its space lists them). */
    public List<Member> allOf(String username) {
        return em.createQuery("SELECT m FROM Member m WHERE m.username = :username ORDER BY m.requestedAt DESC",
                Member.class).setParameter("username", username).getResultList();
    }

    void persist(Member member) {
        em.persist(member);
    }
}
