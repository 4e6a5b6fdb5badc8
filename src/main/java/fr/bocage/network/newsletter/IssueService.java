package fr.bocage.network.newsletter;

import fr.bocage.account.AccountRepository;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.mail.MailOutbox;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.security.Caller;
import fr.bocage.portal.NewsletterSources;
import fr.bocage.portal.NewsletterSources.Published;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Composing, previewing and sending issues (animators only), and the archive of those sent (everybody). A new
 * issue proposes what every {@link NewsletterSources} published since the previous issue started sending; the
 * animator reorders and removes items and writes the editorial. Items are checked again whenever an issue is shown
 * or sent: one withdrawn since never appears.
 */
@ApplicationScoped
public class IssueService {
    /** Before any issue was sent, the first proposes what was published in the month before. */
    static final Duration FIRST_ISSUE_REACH = Duration.ofDays(31);
    /** Items each source proposes at most. */
    static final int PER_SOURCE = 50;
    /** The unsubscribe token of previews and tests: no subscriber's. */
    static final String NOBODY = "essai";

    @Inject
    IssueRepository issues;

    @Inject
    SubscriberRepository subscribers;

    @Inject
    Instance<NewsletterSources> sources;

    @Inject
    ResourceRepository resources;

    @Inject
    AccountRepository accounts;

    @Inject
    NewsletterMails mails;

    @Inject
    MailOutbox outbox;

    @Inject
    UnsubscribeTokens unsubscribeTokens;

    @Inject
    IssueSender sender;

    @Inject
    Animators animators;

    /** An issue with its items still published, in order. */
    public record Composed(Issue issue, List<IssueItem> items) {
    }

    /** A new draft, with what was published since the last issue pre-selected, newest first. */
    @Transactional
    public Issue compose(Caller caller, String subject) {
        animators.require(caller);
        Instant now = Instant.now();
        Instant since = issues.lastStart().orElse(now.minus(FIRST_ISSUE_REACH));
        String title = subject == null || subject.isBlank()
                ? Messages.format("newsletter.subject.default", issues.lastNumber() + 1) : subject.strip();
        Issue issue = new Issue(cut(title, Issue.SUBJECT_LENGTH), caller.username(), since, now);
        issues.persist(issue);
        List<Published> proposed = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (NewsletterSources source : sources) {
            for (Published item : source.since(since, PER_SOURCE)) {
                if (seen.add(item.resourceId())) {
                    proposed.add(item);
                }
            }
        }
        proposed.sort(Comparator.comparing(Published::publishedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        int place = 0;
        for (Published item : proposed) {
            issues.persist(new IssueItem(issue.getId(), ++place, item));
        }
        return issue;
    }

    /** An issue for its animators: any state. */
    @Transactional
    public Composed composed(long id, Caller caller) {
        animators.require(caller);
        Issue issue = existing(id);
        return new Composed(issue, publishedItems(issue.getId()));
    }

    @Transactional
    public List<Issue> all(Caller caller) {
        animators.require(caller);
        return issues.all();
    }

    /**
     * Changes a draft: its subject, editorial and items, given as the ids of the items to keep in their new order
     * (null keeps them as they are; an id that is not one of its items is refused).
     */
    @Transactional
    public Composed edit(long id, Caller caller, String subject, String editorial, List<Long> order) {
        animators.require(caller);
        Issue issue = draft(id);
        if (subject == null || subject.isBlank()) {
            throw new InvalidInput(InvalidInput.Reason.INVALID, Messages.get("newsletter.subject.required"),
                    Map.of("subject", Messages.get("newsletter.subject.required")));
        }
        String text = editorial == null || editorial.isBlank() ? null : editorial.strip().replace("\r\n", "\n");
        if (subject.strip().length() > Issue.SUBJECT_LENGTH || (text != null && text.length() > Issue.EDITORIAL_LENGTH)) {
            throw new InvalidInput(InvalidInput.Reason.INVALID, Messages.get("newsletter.too-long"));
        }
        issue.edit(subject.strip(), text);
        if (order != null) {
            reorder(issue, order);
        }
        return new Composed(issue, publishedItems(issue.getId()));
    }

    /** Moves an item of a draft one place up ({@code -1}) or down ({@code +1}). */
    @Transactional
    public void move(long id, long itemId, int delta, Caller caller) {
        animators.require(caller);
        Issue issue = draft(id);
        List<Long> order = new ArrayList<>(issues.itemsOf(issue.getId()).stream().map(IssueItem::getId).toList());
        int at = order.indexOf(itemId);
        if (at < 0) {
            throw new NotFound(Messages.get("newsletter.item.unknown"));
        }
        int to = Math.max(0, Math.min(order.size() - 1, at + delta));
        order.add(to, order.remove(at));
        reorder(issue, order);
    }

    /** Takes an item out of a draft. */
    @Transactional
    public void removeItem(long id, long itemId, Caller caller) {
        animators.require(caller);
        Issue issue = draft(id);
        IssueItem item = issues.itemsOf(issue.getId()).stream().filter(i -> i.getId() == itemId).findFirst()
                .orElseThrow(() -> new NotFound(Messages.get("newsletter.item.unknown")));
        issues.remove(item);
    }

    /** Deletes a draft; a sent issue stays in the archive. */
    @Transactional
    public void delete(long id, Caller caller) {
        animators.require(caller);
        issues.remove(draft(id));
    }

    /**
     * The issue as its subscribers with no theme preference would get it (all its items), with an unsubscribe link
     * that unsubscribes nobody.
     */
    @Transactional
    public IssueLetter preview(long id, Caller caller) {
        animators.require(caller);
        Issue issue = existing(id);
        return letter(issue, publishedItems(issue.getId())).forSubscriber(mails.unsubscribeUrl(NOBODY));
    }

    /** Sends the issue to the caller's own address, marked as a test. */
    @Transactional
    public String sendTest(long id, Caller caller) {
        animators.require(caller);
        Issue issue = existing(id);
        String email = accounts.findByUsername(caller.username()).map(a -> a.getEmail())
                .filter(e -> e != null && !e.isBlank())
                .orElseThrow(() -> new InvalidInput(Messages.get("newsletter.test.no-address")));
        IssueLetter letter = letter(issue, publishedItems(issue.getId()));
        IssueLetter test = new IssueLetter(Messages.format("newsletter.test.subject", letter.subject()),
                letter.text(), letter.html());
        // A test has no subscriber: its unsubscribe link only shows where the real one goes.
        outbox.enqueue(mails.issue(email, test, NOBODY));
        return email;
    }

    /**
     * Starts sending a draft to the confirmed subscribers: it gets the next number, and the sending job takes the
     * subscribers in batches from there on.
     *
     * @throws Conflict not a draft any more, or with no item still published
     */
    @Transactional
    public Issue send(long id, Caller caller) {
        animators.require(caller);
        Issue issue = issues.locked(id).orElseThrow(() -> notFound(id));
        if (!issue.isDraft()) {
            throw new Conflict(Messages.get("newsletter.not-draft"));
        }
        if (publishedItems(issue.getId()).isEmpty()) {
            throw new Conflict(Messages.get("newsletter.empty"));
        }
        issue.startSending(issues.lastNumber() + 1, (int) subscribers.countConfirmed(), Instant.now());
        sender.startAfterCommit(issue.getId());
        return issue;
    }

    @Transactional
    public Issue progress(long id, Caller caller) {
        animators.require(caller);
        return existing(id);
    }

    /** The archive: sent issues, newest first. */
    @Transactional
    public List<Issue> archive() {
        return issues.sent();
    }

    /** A sent issue as a page, with its items still published. @throws NotFound no sent issue has that number */
    @Transactional
    public Composed archived(int number) {
        Issue issue = issues.byNumber(number)
                .orElseThrow(() -> new NotFound(Messages.format("newsletter.issue.not-found", number)));
        return new Composed(issue, publishedItems(issue.getId()));
    }

    /** The issue's letter with the items given (already filtered for a subscriber's themes). */
    IssueLetter letter(Issue issue, List<IssueItem> items) {
        String heading = issue.getNumber() == null ? Messages.get("newsletter.heading.draft")
                : Messages.format("newsletter.heading", issue.getNumber());
        String archive = mails.absolute(issue.getNumber() == null ? "/lettre" : "/lettre/" + issue.getNumber());
        return IssueLetter.write(issue.getSubject(), heading, issue.getEditorial(), lines(items), archive);
    }

    /** The items as written in the e-mail and on the page: kind label, absolute link. */
    List<IssueLetter.Line> lines(List<IssueItem> items) {
        return items.stream().map(i -> new IssueLetter.Line(kindLabel(i.getKind()), i.getTitle(), i.getSummary(),
                mails.absolute(i.getUrl()))).toList();
    }

    static String kindLabel(String kind) {
        return Messages.get("newsletter.kind." + kind, Messages.get("newsletter.kind.other"));
    }

    /**
     * The issue's items whose resource is still published and public, in order: a news item made members-only since
     * it was proposed never goes to the subscribers.
     */
    List<IssueItem> publishedItems(long issueId) {
        return issues.itemsOf(issueId).stream().filter(i -> resources.find(i.getResourceId())
                .map(r -> r.isPublished() && r.getCircle() == null).orElse(false)).toList();
    }

    private void reorder(Issue issue, List<Long> order) {
        List<IssueItem> items = issues.itemsOf(issue.getId());
        Set<Long> known = new HashSet<>(items.stream().map(IssueItem::getId).toList());
        if (!known.containsAll(order) || new HashSet<>(order).size() != order.size()) {
            throw new InvalidInput(InvalidInput.Reason.INVALID, Messages.get("newsletter.item.unknown"),
                    Map.of("items", Messages.get("newsletter.item.unknown")));
        }
        for (IssueItem item : items) {
            int at = order.indexOf(item.getId());
            if (at < 0) {
                issues.remove(item);
            } else {
                item.moveTo(at + 1);
            }
        }
    }

    private Issue existing(long id) {
        return issues.find(id).orElseThrow(() -> notFound(id));
    }

    private Issue draft(long id) {
        Issue issue = issues.locked(id).orElseThrow(() -> notFound(id));
        if (!issue.isDraft()) {
            throw new Conflict(Messages.get("newsletter.not-draft"));
        }
        return issue;
    }

    private static NotFound notFound(long id) {
        return new NotFound(Messages.format("newsletter.draft.not-found", id));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
