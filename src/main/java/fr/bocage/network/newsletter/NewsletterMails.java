package fr.bocage.network.newsletter;

import fr.bocage.mail.OutgoingMail;
import fr.bocage.platform.Messages;
import fr.bocage.platform.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * The newsletter's e-mails: the confirmation link (text and HTML), the reminder to an address already subscribed, and each issue
 * with its personal unsubscribe link, in the body and in the headers of RFC 2369 and RFC 8058 (a mail client's
 * « Se désabonner » button posts {@code List-Unsubscribe=One-Click} to it, with no page to go through).
 */
@ApplicationScoped
public class NewsletterMails {
    static final String CONFIRM_PATH = "/lettre/confirmation";
    static final String UNSUBSCRIBE_PATH = "/lettre/desabonnement";

    @Inject
    PublicUrl publicUrl;

    /** For tests. */
    static NewsletterMails of(PublicUrl publicUrl) {
        NewsletterMails mails = new NewsletterMails();
        mails.publicUrl = publicUrl;
        return mails;
    }

    OutgoingMail confirmation(String email, String token, Duration lifetime) {
        String link = publicUrl.of(CONFIRM_PATH, "jeton", token);
        String subject = Messages.get("newsletter.mail.confirm.subject");
        String text = Messages.format("newsletter.mail.confirm.body", link, lifetime.toDays());
        return new OutgoingMail(email, subject, text)
                .withHtml(LinkMailHtml.of(subject, text, link, Messages.get("newsletter.mail.confirm.button")));
    }

    OutgoingMail alreadySubscribed(Subscriber subscriber, String unsubscribeToken) {
        String link = unsubscribeUrl(unsubscribeToken);
        return unsubscribable(new OutgoingMail(subscriber.getEmail(), Messages.get("newsletter.mail.already.subject"),
                Messages.format("newsletter.mail.already.body", link)), link);
    }

    String unsubscribeUrl(String token) {
        return publicUrl.of(UNSUBSCRIBE_PATH, "jeton", token);
    }

    String absolute(String path) {
        return publicUrl.of(path);
    }

    /** An issue for one subscriber. */
    OutgoingMail issue(String to, IssueLetter letter, String unsubscribeToken) {
        String link = unsubscribeUrl(unsubscribeToken);
        IssueLetter own = letter.forSubscriber(link);
        return unsubscribable(new OutgoingMail(to, own.subject(), own.text()).withHtml(own.html()), link);
    }

    private static OutgoingMail unsubscribable(OutgoingMail mail, String link) {
        return mail.withHeader("List-Unsubscribe", "<" + link + ">")
                .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
}
