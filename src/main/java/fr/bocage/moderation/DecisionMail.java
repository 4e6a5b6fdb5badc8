package fr.bocage.moderation;

import fr.bocage.account.Account;
import fr.bocage.account.AccountRepository;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceDecided;
import fr.bocage.catalog.WorkflowAction;
import fr.bocage.mail.MailOutbox;
import fr.bocage.mail.OutgoingMail;
import fr.bocage.platform.Messages;
import fr.bocage.platform.PublicUrl;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.platform.web.Routes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Tells the owner of a resource what a moderator decided, through the outbox: in the caller's transaction, so that
 * a decision rolled back sends nothing. Owners without an e-mail address (or without an account, like the demo
 * content's) follow their contributions in their space instead. A kind of resource may have its own words in the
 * bundle ({@code mail.decision.text.reject.news}: « Votre actualité… »); the others are told of their « ressource ».
 */
@ApplicationScoped
class DecisionMail {

    @Inject
    AccountRepository accounts;

    @Inject
    MailOutbox outbox;

    @Inject
    PublicUrl publicUrl;

    void tellOwner(@Observes ResourceDecided decided) {
        Resource resource = decided.resource();
        WorkflowAction decision = decided.decision();
        String message = decided.message();
        if (resource.getCreatedBy() == null) {
            return;
        }
        accounts.findByUsername(resource.getCreatedBy()).map(Account::getEmail).ifPresent(address ->
                outbox.enqueue(new OutgoingMail(address, subject(resource, decision), text(resource, decision, message))));
    }

    private static String subject(Resource resource, WorkflowAction decision) {
        return Messages.format("mail.decision.subject." + ApiNames.of(decision), resource.getTitle());
    }

    private String text(Resource resource, WorkflowAction decision, String message) {
        String key = "mail.decision.text." + ApiNames.of(decision);
        String ofKind = key + "." + resource.description().type();
        StringBuilder text = new StringBuilder(Messages.format(Messages.has(ofKind) ? ofKind : key,
                resource.getTitle()));
        if (decision == WorkflowAction.PUBLISH) {
            text.append("\n\n").append(Messages.format("mail.decision.public-page",
                    publicUrl.of(Routes.resource(resource.getId()))));
        }
        if (message != null) {
            text.append("\n\n").append(Messages.format("mail.decision.message", message));
        }
        String space = publicUrl.of(Routes.MY_SPACE);
        return text.append("\n\n").append(Messages.format("mail.decision.footer", space)).append('\n').toString();
    }
}
