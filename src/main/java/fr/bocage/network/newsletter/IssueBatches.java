package fr.bocage.network.newsletter;

import fr.bocage.mail.MailOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * One batch of a sending, in its own transaction: the next confirmed subscribers after the issue's cursor, each
 * given the items that share one of their themes (all of them when they chose none) through the outbox, then the
 * cursor and counts moved on, all committed together. A crash loses the batch as a whole, e-mails included, and the
 * next start does it again: nobody gets an issue twice.
 */
@ApplicationScoped
public class IssueBatches {
    private static final Logger LOG = Logger.getLogger(IssueBatches.class.getName());
    /** Subscribers per transaction. */
    static final int SIZE = 500;

    @Inject
    IssueRepository issues;

    @Inject
    SubscriberRepository subscribers;

    @Inject
    IssueService service;

    @Inject
    NewsletterMails mails;

    @Inject
    UnsubscribeTokens tokens;

    @Inject
    MailOutbox outbox;

    /** Sends one batch; whether there is more to send. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean next(long issueId) {
        Issue issue = issues.locked(issueId).orElse(null);
        if (issue == null || issue.getStatus() != Issue.Status.SENDING) {
            return false;
        }
        List<Subscriber> batch = subscribers.confirmedAfter(issue.getCursor(), SIZE);
        if (batch.isEmpty()) {
            issue.finish(Instant.now());
            return false;
        }
        List<IssueItem> items = service.publishedItems(issueId);
        Map<List<String>, IssueLetter> letters = new HashMap<>();
        int sent = 0;
        int skipped = 0;
        int failed = 0;
        for (Subscriber subscriber : batch) {
            List<IssueItem> theirs = items.stream().filter(i -> i.matches(subscriber.getThemes())).toList();
            if (theirs.isEmpty()) {
                skipped++;
                continue;
            }
            if (!deliverable(subscriber.getEmail())) {
                failed++;
                continue;
            }
            IssueLetter letter = letters.computeIfAbsent(subscriber.getThemes(), t -> service.letter(issue, theirs));
            outbox.enqueue(mails.issue(subscriber.getEmail(), letter, tokens.of(subscriber)));
            sent++;
        }
        issue.advance(batch.get(batch.size() - 1).getId(), batch.size(), sent, skipped, failed);
        if (batch.size() < SIZE) {
            issue.finish(Instant.now());
            LOG.info(() -> "Newsletter issue " + issue.getNumber() + " queued: " + issue.getSent() + " sent, "
                    + issue.getSkipped() + " without a matching item, " + issue.getFailed() + " failed");
            return false;
        }
        return true;
    }

    /** An address the outbox can write to; one that cannot (stored before a rule changed) counts as failed. */
    private static boolean deliverable(String email) {
        try {
            new InternetAddress(email, true);
            return true;
        } catch (AddressException e) {
            return false;
        }
    }
}
