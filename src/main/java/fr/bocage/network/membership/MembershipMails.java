package fr.bocage.network.membership;

import fr.bocage.account.Account;
import fr.bocage.account.AccountRepository;
import fr.bocage.mail.MailOutbox;
import fr.bocage.mail.OutgoingMail;
import fr.bocage.platform.Messages;
import fr.bocage.platform.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The e-mails of membership, through the outbox in the caller's transaction (a decision rolled back sends nothing):
 * the animators learn that a request waits, the person learns the decision, accepted or refused, with the
 * animator's message. Accounts without an address (administrators named by hand) get nothing.
 */
@ApplicationScoped
class MembershipMails {

    @Inject
    AccountRepository accounts;

    @Inject
    MailOutbox outbox;

    @Inject
    PublicUrl publicUrl;

    void requested(Network network, Member member) {
        String requests = publicUrl.of(NetworkPaths.requests(network.getSlug()));
        for (String animator : network.getAnimators()) {
            accounts.findByUsername(animator).map(Account::getEmail).ifPresent(address -> outbox.enqueue(
                    new OutgoingMail(address, Messages.format("mail.membership.requested.subject", network.getName()),
                            Messages.format("mail.membership.requested.text", network.getName(), requests))));
        }
    }

    void decided(Network network, Member member) {
        accounts.findByUsername(member.getUsername()).map(Account::getEmail).ifPresent(address -> {
            String kind = member.isAccepted() ? "accepted" : "refused";
            StringBuilder text = new StringBuilder(Messages.format("mail.membership." + kind + ".text",
                    network.getName(), publicUrl.of(member.isAccepted() ? NetworkPaths.members(network.getSlug())
                            : NetworkPaths.page(network.getSlug()))));
            if (member.getDecisionMessage() != null) {
                text.append("\n\n").append(Messages.format("mail.membership.message", member.getDecisionMessage()));
            }
            text.append("\n\n").append(Messages.get("mail.membership.footer")).append('\n');
            outbox.enqueue(new OutgoingMail(address,
                    Messages.format("mail.membership." + kind + ".subject", network.getName()), text.toString()));
        });
    }
}
