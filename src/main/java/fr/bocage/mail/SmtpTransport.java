package fr.bocage.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/** Sends through the mail server of Liberty's mail session (server.xml, {@code mail/bocage}). */
final class SmtpTransport implements MailTransport {

    private final Session session;

    SmtpTransport(Session session) {
        this.session = session;
    }

    @Override
    public void deliver(long id, String recipient, byte[] mime) throws IOException {
        try {
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(mime));
            Transport.send(message);
        } catch (MessagingException e) {
            throw new IOException("Envoi refusé ou serveur de messagerie injoignable : " + e.getMessage(), e);
        }
    }
}
