package fr.bocage.network.contact;

import fr.bocage.catalog.ModerationContact;
import fr.bocage.mail.MailOutbox;
import fr.bocage.mail.OutgoingMail;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends a visitor's message: to an actor's private address, or to the network's moderators (the general form, or an
 * actor without an address), through the outbox, answered to the visitor (Reply-To). The recipient's address is
 * used there only: no answer, page or message to the visitor names it.
 */
@ApplicationScoped
public class ContactService {

    @Inject
    Instance<ContactRecipients> recipients;

    @Inject
    ModerationContact moderation;

    @Inject
    SpamGuard guard;

    @Inject
    ContactRepository messages;

    @Inject
    MailOutbox outbox;

    /** Who a message is for: the network, or a published actor. */
    public record Target(Long actorId, String actorName) {
        static final Target NETWORK = new Target(null, null);

        public boolean isActor() {
            return actorId != null;
        }
    }

    /** The general form's target. */
    public Target network() {
        return Target.NETWORK;
    }

    /** A published actor as a target. @throws NotFound when there is none of that id (or no actors at all) */
    public Target actor(long actorId) {
        Optional<String> name = recipients.isResolvable() ? recipients.get().nameOf(actorId) : Optional.empty();
        return new Target(actorId, name.orElseThrow(() -> new NotFound(Messages.get("contact.actor.unknown"))));
    }

    /** A new signed timestamp for a form shown now. */
    public String token() {
        return guard.token();
    }

    /** The token a refused form goes back with: its own while good (the time spent counts), else a new one. */
    public String token(String previous) {
        return guard.keepOrRenew(previous);
    }

    public long minimumSeconds() {
        return guard.minimumSeconds();
    }

    /**
     * Checks the anti-spam defences, then keeps the message and queues its e-mail in one transaction. The input's
     * constraints have been checked by the caller (the form's fields, or the API's {@code @Valid}).
     */
    @Transactional
    public void send(Target target, ContactInput input, String client) {
        guard.admit(input, client);
        ContactMessage message = new ContactMessage(target.actorId(), input, Instant.now());
        messages.persist(message);
        Optional<String> actorAddress = target.isActor() && recipients.isResolvable()
                ? recipients.get().addressOf(target.actorId()).filter(a -> !a.isBlank()) : Optional.empty();
        String to = actorAddress.orElseGet(moderation::address);
        outbox.enqueue(new OutgoingMail(to, subject(target, input), text(target, input, actorAddress.isPresent()))
                .replyingTo(input.email(), input.name()));
    }

    static String subject(Target target, ContactInput input) {
        return target.isActor() ? Messages.format("contact.mail.subject.actor", input.name(), target.actorName())
                : Messages.format("contact.mail.subject", input.name());
    }

    /** The body: who wrote, then the message; to the moderators for an actor, what to do with it. */
    static String text(Target target, ContactInput input, boolean toActor) {
        StringBuilder text = new StringBuilder();
        if (target.isActor() && !toActor) {
            text.append(Messages.format("contact.mail.forward", target.actorName())).append("\n\n");
        }
        text.append(Messages.format("contact.mail.from", input.name(), input.email(),
                input.organisation() == null ? Messages.get("contact.mail.no-organisation") : input.organisation()));
        text.append("\n\n").append(input.message()).append("\n\n-- \n");
        text.append(Messages.format(target.isActor() ? "contact.mail.footer.actor" : "contact.mail.footer",
                input.name()));
        return text.toString();
    }
}
