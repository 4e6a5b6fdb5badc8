package fr.bocage.network.membership;

import fr.bocage.account.AccountRepository;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;

/**
 * Memberships set without the request-and-decision pages: an administrator enrols an account directly (tests,
 * migrations of an existing list of members), and a member chooses whether they receive the mailing list (its e-mails' link, their subscriptions page).
 * The pages where people ask to join and animators decide are the membership pages'.
 */
@ApplicationScoped
public class Enrolments {

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    @Inject
    Memberships memberships;

    @Inject
    AccountRepository accounts;

    /** The account's membership, created if needed, now in {@code status}, receiving the list or not. */
    @Transactional
    public Member enrol(Network network, String username, MemberStatus status, boolean receivesList, String by) {
        if (accounts.findByUsername(username).isEmpty()) {
            throw new NotFound(Messages.format("network.member.unknown", username));
        }
        Member member = memberships.of(network, username).orElseGet(() -> {
            Member created = new Member(network.getId(), username);
            em.persist(created);
            return created;
        });
        Instant now = Instant.now();
        member.request(new MemberProfile(null, null, null, Set.of(), false, false, false, false, receivesList), now);
        switch (status) {
            case ACCEPTED -> member.decide(true, by, null, now);
            case REFUSED -> member.decide(false, by, null, now);
            case LEFT -> member.leave(now);
            case PENDING -> {
            }
        }
        return member;
    }

    /** The member receives the list's e-mails, or no longer does; true when that changed anything. */
    @Transactional
    public boolean receiveList(Network network, String username, boolean receives) {
        return memberships.of(network, username).filter(m -> m.getProfile().receivesList() != receives).map(m -> {
                    MemberProfile p = m.getProfile();
                    m.profile(new MemberProfile(p.actorId(), p.role(), p.territory(), p.interests(),
                            p.showOrganisation(), p.showRole(), p.showTerritory(), p.showEmail(), receives));
                    return true;
                }).orElse(false);
    }
}
