package fr.bocage.network.project;

import fr.bocage.mail.MailOutbox;
import fr.bocage.mail.OutgoingMail;
import fr.bocage.network.newsletter.LinkMailHtml;
import fr.bocage.platform.Messages;
import fr.bocage.platform.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The invitation's e-mail, text and HTML, through the outbox in the caller's transaction: no row, no e-mail. */
@ApplicationScoped
class InvitationMails {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @Inject
    MailOutbox outbox;

    @Inject
    PublicUrl publicUrl;

    @Transactional(Transactional.TxType.MANDATORY)
    void invited(Project project, ProjectInvitation invitation, String token, String organisation) {
        String link = publicUrl.of(InvitationServlet.PATH + token);
        String subject = Messages.format("mail.project.invitation.subject", project.getTitle());
        String text = Messages.format("mail.project.invitation.text", project.getTitle(), organisation, link,
                DAY.format(LocalDate.ofInstant(invitation.getExpiresAt(), ZONE)));
        outbox.enqueue(new OutgoingMail(invitation.getEmail(), subject, text)
                .withHtml(LinkMailHtml.of(subject, text, link, Messages.get("mail.project.invitation.button"))));
    }
}
