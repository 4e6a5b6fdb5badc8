package fr.bocage.mail;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the application posts e-mail: {@link #enqueue} stores the complete message in the caller's transaction, and
 * {@link MailDelivery} sends it after the commit, retrying while the mail server is unreachable.
 */
@ApplicationScoped
public class MailOutbox {

    /** Composes messages only; sending goes through the transport {@link MailDelivery} uses. */
    private static final Session COMPOSER = Session.getInstance(new Properties());

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "mail.from") // a server.xml variable, shared with the mail session
    String from;

    /** Joins the caller's transaction, or starts one: the message exists exactly when the caller's change does. */
    @Transactional
    public MailMessage enqueue(OutgoingMail mail) {
        MailMessage message = new MailMessage(mail.to(), mail.subject(), mime(mail));
        em.persist(message);
        return message;
    }

    byte[] mime(OutgoingMail mail) {
        try {
            MimeMessage message = new MimeMessage(COMPOSER);
            message.setFrom(new InternetAddress(from, true));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.to(), true));
            if (mail.replyTo() != null) {
                InternetAddress replyTo = new InternetAddress(mail.replyTo(), true);
                if (mail.replyToName() != null && !mail.replyToName().isBlank()) {
                    replyTo.setPersonal(mail.replyToName(), StandardCharsets.UTF_8.name());
                }
                message.setReplyTo(new InternetAddress[] {replyTo});
            }
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            for (var header : mail.headers().entrySet()) {
                message.setHeader(header.getKey(), MimeUtility.fold(header.getKey().length() + 2,
                        MimeUtility.encodeText(header.getValue(), StandardCharsets.UTF_8.name(), null)));
            }
            if (mail.attachments().isEmpty()) {
                fill(message, mail);
            } else {
                MimeMultipart parts = new MimeMultipart();
                MimeBodyPart body = new MimeBodyPart();
                fill(body, mail);
                parts.addBodyPart(body);
                for (OutgoingMail.Attachment attachment : mail.attachments()) {
                    MimeBodyPart part = new MimeBodyPart();
                    part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.mediaType())));
                    part.setFileName(attachment.fileName());
                    parts.addBodyPart(part);
                }
                message.setContent(parts);
            }
            message.saveChanges();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            return bytes.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new IllegalArgumentException("Message impossible à composer pour " + mail.to() + " : " + e.getMessage(), e);
        }
    }

    /** The text alone, or the text and its HTML as alternatives (clients show the last one they can). */
    private static void fill(MimePart part, OutgoingMail mail) throws MessagingException {
        if (mail.html() == null) {
            part.setText(mail.text(), StandardCharsets.UTF_8.name());
            return;
        }
        MimeMultipart alternatives = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        alternatives.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        alternatives.addBodyPart(html);
        part.setContent(alternatives);
    }
}
