package fr.bocage.network.list;

import fr.bocage.account.Account;
import fr.bocage.account.AccountRepository;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.mail.MailOutbox;
import fr.bocage.mail.OutgoingMail;
import fr.bocage.network.membership.Memberships;
import fr.bocage.network.membership.Network;
import fr.bocage.platform.Messages;
import fr.bocage.platform.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;

/**
 * A list message as e-mails, one per member who chose to receive the list, queued in the outbox in the caller's
 * transaction: answered to its author (Reply-To), with the archive's link, how to stop receiving it, and the
 * {@code List-Id}, {@code List-Archive} and {@code List-Unsubscribe} headers mail clients show as buttons.
 */
@ApplicationScoped
public class ListMails {

    @Inject
    Memberships memberships;

    @Inject
    AccountRepository accounts;

    @Inject
    ResourceRepository resources;

    @Inject
    MailOutbox outbox;

    @Inject
    PublicUrl publicUrl;

    /** @return how many e-mails were queued */
    int send(Network network, ListMessage message) {
        Optional<Account> author = accounts.findByUsername(message.getAuthor());
        String authorName = author.map(ListMails::nameOf).orElse(message.getAuthor());
        String text = text(network, message, authorName);
        int queued = 0;
        for (String username : memberships.listRecipients(network)) {
            Optional<String> to = accounts.findByUsername(username).map(Account::getEmail)
                    .filter(a -> a != null && !a.isBlank());
            if (to.isEmpty()) {
                continue;
            }
            OutgoingMail mail = new OutgoingMail(to.get(), subject(network, message), text)
                    .withHeader("List-Id", listId(network))
                    .withHeader("List-Archive", "<" + archive(network) + ">")
                    .withHeader("List-Unsubscribe", "<" + unsubscribe(network) + ">");
            String replyTo = author.map(Account::getEmail).orElse(null);
            outbox.enqueue(replyTo == null || replyTo.isBlank() ? mail : mail.replyingTo(replyTo, authorName));
            queued++;
        }
        return queued;
    }

    static String subject(Network network, ListMessage message) {
        return "[" + network.getName() + "] " + message.getSubject();
    }

    /**
     * {@code slug <slug.listes.host>}: a stable identifier of the list, by RFC 2919. In ASCII only (the slug's
     * letters): a network's name with accents would be encoded, and the identifier with it.
     */
    String listId(Network network) {
        String host = Optional.ofNullable(URI.create(publicUrl.of("/")).getHost()).orElse("localhost");
        return network.getSlug() + " <" + network.getSlug() + ".listes." + host + ">";
    }

    String archive(Network network) {
        return publicUrl.of(ListPaths.archive(network.getSlug()));
    }

    String unsubscribe(Network network) {
        return publicUrl.of(ListPaths.unsubscribe(network.getSlug()));
    }

    private String text(Network network, ListMessage message, String authorName) {
        StringBuilder text = new StringBuilder();
        text.append(Messages.format("list.mail.from", authorName, network.getName())).append("\n\n");
        text.append(message.getBody()).append("\n");
        if (!message.getAttachments().isEmpty()) {
            text.append("\n").append(Messages.get("list.mail.attachments")).append("\n");
            for (long id : message.getAttachments()) {
                String title = resources.find(id).map(Resource::getTitle).orElse("");
                text.append("- ").append(title).append(" : ").append(publicUrl.of("/ressources/" + id)).append("\n");
            }
        }
        text.append("\n-- \n").append(Messages.format("list.mail.footer", network.getName(), archive(network),
                unsubscribe(network)));
        return text.toString();
    }

    static String nameOf(Account account) {
        return account.getDisplayName() == null || account.getDisplayName().isBlank() ? account.getUsername()
                : account.getDisplayName();
    }
}
