package fr.bocage.moderation;

import fr.bocage.account.Account;
import fr.bocage.account.AccountRepository;
import fr.bocage.catalog.ModerationContact;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceSubmitted;
import fr.bocage.mail.MailOutbox;
import fr.bocage.mail.OutgoingMail;
import fr.bocage.platform.Messages;
import fr.bocage.platform.PublicUrl;
import fr.bocage.platform.web.Routes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Acknowledges a submission to its owner through the outbox, like the decisions' e-mails ({@link DecisionMail}): what
 * happens next, how to take it back to change it, and whom to write to.
 */
@ApplicationScoped
class SubmissionReceipt {

    @Inject
    AccountRepository accounts;

    @Inject
    MailOutbox outbox;

    @Inject
    PublicUrl publicUrl;

    @Inject
    ModerationContact contact;

    void acknowledge(@Observes ResourceSubmitted submitted) {
        Resource resource = submitted.resource();
        if (resource.getCreatedBy() == null) {
            return;
        }
        accounts.findByUsername(resource.getCreatedBy()).map(Account::getEmail).ifPresent(address ->
                outbox.enqueue(new OutgoingMail(address,
                        Messages.format("mail.submitted.subject", resource.getTitle()),
                        Messages.format("mail.submitted.text", resource.getTitle(),
                                publicUrl.of(Routes.MY_RESOURCE + resource.getId()), contact.address()) + "\n\n"
                                + Messages.format("mail.decision.footer", publicUrl.of(Routes.MY_SPACE)) + "\n")));
    }
}
