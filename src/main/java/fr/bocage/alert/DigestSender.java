package fr.bocage.alert;

import fr.bocage.account.Account;
import fr.bocage.account.AccountRepository;
import fr.bocage.mail.MailOutbox;
import fr.bocage.platform.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * One saved search's digest, in one transaction: the e-mail enters the outbox and the covered time moves on together,
 * so that after a crash either both happened or neither (no digest twice, none lost).
 */
@ApplicationScoped
public class DigestSender {

    @Inject
    SavedSearchRepository searches;

    @Inject
    SavedSearchService saved;

    @Inject
    PublishedMatches published;

    @Inject
    AccountRepository accounts;

    @Inject
    MailOutbox outbox;

    @Inject
    PublicUrl publicUrl;

    /** What became of one search. */
    public enum Outcome { NOT_DUE, NOTHING_NEW, SENT, NO_ADDRESS }

    /** Sends the digest of search {@code id} if it is due at {@code now} and anything new matches. */
    @Transactional
    public Outcome send(long id, Instant now) {
        Optional<SavedSearch> found = searches.find(id);
        if (found.isEmpty() || !DigestPeriod.due(found.get().getFrequency(), found.get().getCoveredUntil(), now)) {
            return Outcome.NOT_DUE;
        }
        SavedSearch search = found.get();
        Instant until = DigestPeriod.coveredEnd(now, Instant.now());
        if (!until.isAfter(search.getCoveredUntil())) {
            return Outcome.NOT_DUE;
        }
        Optional<String> address = accounts.findByUsername(search.getOwner())
                .filter(Account::isEnabled).filter(Account::isEmailVerified).map(Account::getEmail);
        if (address.isEmpty()) {
            // Nobody to tell: the time is covered all the same, so that an address given later brings no backlog.
            search.covered(until, false, now);
            return Outcome.NO_ADDRESS;
        }
        SavedQuery query = saved.query(search);
        PublishedMatches.Matches matches = published.publishedBetween(query, search.getCoveredUntil(), until,
                DigestMail.LISTED);
        boolean send = !matches.matches().isEmpty();
        if (send) {
            outbox.enqueue(DigestMail.compose(address.get(), search, query, matches.matches(), matches.total(),
                    publicUrl::of));
        }
        search.covered(until, send, now);
        return send ? Outcome.SENT : Outcome.NOTHING_NEW;
    }
}
