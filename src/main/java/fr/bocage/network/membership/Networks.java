package fr.bocage.network.membership;

import fr.bocage.account.AccountRepository;
import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.VocabularyKind;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The networks Bocage hosts: created and described by administrators, found by slug. */
@ApplicationScoped
public class Networks {

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    Vocabularies vocabularies;

    public List<Network> all() {
        return em.createNamedQuery(Network.ALL, Network.class).getResultList();
    }

    public Optional<Network> find(String slug) {
        return em.createNamedQuery(Network.BY_SLUG, Network.class).setParameter("slug", slug).getResultStream()
                .findFirst();
    }

    public Network existing(String slug) {
        return find(slug).orElseThrow(() -> new NotFound(Messages.format("network.not-found", slug)));
    }

    public Optional<Network> find(long id) {
        return Optional.ofNullable(em.find(Network.class, id));
    }

    /** The networks this account animates, by name. */
    public List<Network> animatedBy(String username) {
        return em.createNamedQuery(Network.ANIMATED_BY, Network.class).setParameter("username", username)
                .getResultList();
    }

    /**
     * The network an item (news, an event) is put in: the one place that decides who may attach content to a
     * network. Only its animators and the moderators may; whoever may edit an item keeps the network it is in
     * ({@code current}), even when someone else, an animator, chose it.
     *
     * @param slug the network asked for; null for none
     * @param current the id of the item's network now; null for a new item or one in none
     * @param items what the caller attaches, in words for the refusal: « des actualités »
     * @return the network's id; null for none
     * @throws InvalidInput on the field {@code network} for an unknown slug or a caller who does not animate it
     */
    public Long attachable(String slug, Long current, Caller caller, String items) {
        if (slug == null) {
            return null;
        }
        Network network = find(slug).orElseThrow(() -> refuse(Messages.format("network.not-found", slug)));
        if (!network.getId().equals(current) && !caller.moderator() && !network.isAnimatedBy(caller.username())) {
            throw refuse(Messages.format("network.attach.not-animator", network.getName(), items));
        }
        return network.getId();
    }

    private static InvalidInput refuse(String message) {
        return new InvalidInput(InvalidInput.Reason.INVALID, message, Map.of("network", message));
    }

    @Transactional
    public Network create(NetworkInput input) {
        if (find(input.slug()).isPresent()) {
            throw new Conflict(Messages.format("network.slug.taken", input.slug()));
        }
        Network network = new Network(input.slug());
        describe(network, input);
        em.persist(network);
        return network;
    }

    /** Describes the network anew; its slug stays what it was. */
    @Transactional
    public Network update(String slug, NetworkInput input) {
        Network network = existing(slug);
        describe(network, input);
        return network;
    }

    private void describe(Network network, NetworkInput input) {
        for (String animator : input.animators()) {
            if (accounts.findByUsername(animator).isEmpty()) {
                throw new InvalidInput(Messages.format("network.animator.unknown", animator));
            }
        }
        network.describe(input, input.territory() == null ? null
                : vocabularies.code(VocabularyKind.TERRITORY, input.territory()));
    }
}
