package fr.bocage.network.list;

import fr.bocage.catalog.MetadataInput;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceService;
import fr.bocage.catalog.ResourceStatus;
import fr.bocage.ingest.StagedFile;
import fr.bocage.network.membership.Enrolments;
import fr.bocage.network.membership.Member;
import fr.bocage.network.membership.Memberships;
import fr.bocage.network.membership.Network;
import fr.bocage.network.membership.Networks;
import fr.bocage.platform.Messages;
import fr.bocage.platform.RateLimit;
import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.Forbidden;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.error.TooManyRequests;
import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A network's mailing list: its members (and animators) write to it; on a moderated list a member's message waits
 * for an animator's approval; once sent it goes by e-mail to the members who chose to receive it and stays in the
 * archive, which only those inside the network read. Attachments are taken in as catalog resources limited to the
 * network's circle, drafts until the message is sent, deleted with a rejected one.
 */
@ApplicationScoped
public class MailingListService {
    /** Messages a member may write within {@link #WINDOW}, all networks together: a list is no chat. */
    static final int MAX_MESSAGES = 10;
    static final Duration WINDOW = Duration.ofHours(1);

    @Inject
    Networks networks;

    @Inject
    Memberships memberships;

    @Inject
    Enrolments enrolments;

    @Inject
    ListMessageRepository messages;

    @Inject
    ResourceService catalog;

    @Inject
    ListMails mails;

    private final RateLimit limit = new RateLimit(MAX_MESSAGES, WINDOW);

    public Network network(String slug) {
        return networks.existing(slug);
    }

    public java.util.Optional<Network> find(String slug) {
        return networks.find(slug);
    }

    /** Members, animators and administrators read and write the list; anybody else is refused. */
    public boolean isInside(Network network, Caller caller) {
        return caller.username() != null && (caller.admin() || memberships.isInside(network, caller.username()));
    }

    public boolean animates(Network network, Caller caller) {
        return caller.username() != null && (caller.admin() || network.isAnimatedBy(caller.username()));
    }

    void requireInside(Network network, Caller caller) {
        if (!isInside(network, caller)) {
            throw new Forbidden(Messages.format("list.members-only", network.getName()));
        }
    }

    void requireAnimator(Network network, Caller caller) {
        if (!animates(network, caller)) {
            throw new Forbidden(Messages.format("list.animators-only", network.getName()));
        }
    }

    /** The messages sent, newest first. */
    public List<ListMessage> archive(Network network, Caller caller) {
        requireInside(network, caller);
        return messages.inStatus(network.getId(), ListMessageStatus.SENT);
    }

    /** The messages waiting for an animator, newest first. */
    public List<ListMessage> pending(Network network, Caller caller) {
        requireAnimator(network, caller);
        return messages.inStatus(network.getId(), ListMessageStatus.PENDING);
    }

    /**
     * Writes a message: sent at once, unless the list is moderated and its author does not animate it. The caller
     * has validated {@code input} and closes the files.
     */
    @Transactional
    public ListMessage write(Network network, Caller caller, ListInput input, List<StagedFile> files) {
        requireInside(network, caller);
        if (files.size() > ListInput.MAX_ATTACHMENTS) {
            String tooMany = Messages.format("list.attachments.too-many", ListInput.MAX_ATTACHMENTS);
            throw new InvalidInput(InvalidInput.Reason.INVALID, tooMany, Map.of("file", tooMany));
        }
        admit(caller.username());
        boolean waits = network.isListModerated() && !animates(network, caller);
        ListMessage message = new ListMessage(network.getId(), caller.username(), input,
                waits ? ListMessageStatus.PENDING : ListMessageStatus.SENT);
        for (StagedFile file : files) {
            Resource attached = catalog.createInCircle(file, attachmentMetadata(file, input), caller,
                    network.circle(), waits ? ResourceStatus.DRAFT : ResourceStatus.PUBLISHED);
            message.attach(attached.getId());
        }
        messages.persist(message);
        if (!waits) {
            mails.send(network, message);
        }
        return message;
    }

    /** An animator sends a waiting message: its attachments are published to the members, the e-mails queued. */
    @Transactional
    public ListMessage approve(Network network, long id, Caller caller) {
        ListMessage message = waiting(network, id, caller);
        message.decide(ListMessageStatus.SENT, caller.username(), null, Instant.now());
        message.getAttachments().forEach(resource -> catalog.publishInCircle(resource, caller.username()));
        mails.send(network, message);
        return message;
    }

    /** An animator rejects a waiting message: nothing is sent, its attachments are deleted. */
    @Transactional
    public ListMessage reject(Network network, long id, Caller caller, String reason) {
        ListMessage message = waiting(network, id, caller);
        message.decide(ListMessageStatus.REJECTED, caller.username(),
                reason == null || reason.isBlank() ? null : reason.strip(), Instant.now());
        message.getAttachments().forEach(resource -> catalog.delete(resource, caller.username()));
        return message;
    }

    /** Animators choose whether members' messages wait for their approval. */
    @Transactional
    public Network moderate(String slug, boolean moderated, Caller caller) {
        Network network = network(slug);
        requireAnimator(network, caller);
        network.moderateList(moderated);
        return network;
    }

    /** A network's list as one of its members has it: whether its e-mails reach them. */
    public record Received(Network network, boolean receives) {
    }

    /** The lists of the networks the account is an accepted member of, by network name. */
    @Transactional
    public List<Received> receivedBy(String username) {
        return memberships.allOf(username).stream().filter(Member::isAccepted)
                .flatMap(m -> networks.find(m.getNetworkId()).stream()
                        .map(n -> new Received(n, m.getProfile().receivesList())))
                .sorted(Comparator.comparing(r -> r.network().getName())).toList();
    }

    /** The member receives the list's e-mails, or no longer does; true when that changed anything. */
    public boolean receive(Network network, Caller caller, boolean receives) {
        requireInside(network, caller);
        return enrolments.receiveList(network, caller.username(), receives);
    }

    private ListMessage waiting(Network network, long id, Caller caller) {
        requireAnimator(network, caller);
        ListMessage message = messages.find(network.getId(), id)
                .orElseThrow(() -> new NotFound(Messages.format("list.message.not-found", id)));
        if (message.getStatus() != ListMessageStatus.PENDING) {
            throw new Conflict(Messages.get("list.message.decided"));
        }
        return message;
    }

    /** Refuses the message beyond the member's allowance, else counts it. */
    private void admit(String username) {
        synchronized (limit) {
            Instant now = Instant.now();
            Duration wait = limit.waitFor(username, now);
            if (!wait.isZero()) {
                throw new TooManyRequests(wait, Messages.format("list.rate-limited", TooManyRequests.minutes(wait)));
            }
            limit.add(username, now);
        }
    }

    private static MetadataInput attachmentMetadata(StagedFile file, ListInput input) {
        String name = file.originalName() == null || file.originalName().isBlank() ? null : file.originalName();
        return new MetadataInput(name, Messages.format("list.attachment.summary", input.subject()),
                "list-attachment", List.of(), null, List.of(), null, null, null, null, List.of(), null, List.of(),
                null);
    }
}
