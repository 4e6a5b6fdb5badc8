package fr.bocage.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages as the outbox composes them and as the folder transport writes them, read back by a MIME parser. */
class MailCompositionTest {
    private static final Session PARSER = Session.getInstance(new Properties());

    private static byte[] compose(OutgoingMail mail) {
        MailOutbox outbox = new MailOutbox();
        outbox.from = "Bocage <ne-pas-repondre@bocage.localhost>";
        return outbox.mime(mail);
    }

    @Test
    void frenchSubjectAndTextSurviveTheTrip() throws Exception {
        byte[] mime = compose(new OutgoingMail("lea@example.org", "Confirmez votre adresse — Bocage",
                "Bonjour Léa,\n\nsuivez ce lien : http://localhost/inscription/confirmer?jeton=abc\n"));

        MimeMessage message = new MimeMessage(PARSER, new ByteArrayInputStream(mime));
        assertEquals("Confirmez votre adresse — Bocage", message.getSubject());
        assertEquals(new InternetAddress("lea@example.org"), message.getAllRecipients()[0]);
        assertEquals("ne-pas-repondre@bocage.localhost", ((InternetAddress) message.getFrom()[0]).getAddress());
        assertTrue(message.getContentType().contains("charset=UTF-8"), message.getContentType());
        assertEquals("Bonjour Léa,\n\nsuivez ce lien : http://localhost/inscription/confirmer?jeton=abc\n",
                message.getContent().toString().replace("\r\n", "\n"));
    }

    @Test
    void answersGoToTheReplyToAddressWithItsNameOnOneLine() throws Exception {
        OutgoingMail mail = new OutgoingMail("moderation@bocage.localhost", "Message", "Bonjour")
                .replyingTo("camille@exemple.fr", "Camille Ménard\r\nBcc: x@exemple.fr");

        MimeMessage message = new MimeMessage(PARSER, new ByteArrayInputStream(compose(mail)));
        InternetAddress replyTo = (InternetAddress) message.getReplyTo()[0];
        assertEquals(1, message.getReplyTo().length);
        assertEquals("camille@exemple.fr", replyTo.getAddress());
        assertEquals("Camille Ménard Bcc: x@exemple.fr", replyTo.getPersonal());
        assertEquals(null, message.getHeader("Bcc"));
        assertEquals(new InternetAddress("moderation@bocage.localhost"), message.getAllRecipients()[0]);
    }

    @Test
    void withoutReplyToAnswersGoToTheSender() throws Exception {
        MimeMessage message = new MimeMessage(PARSER, new ByteArrayInputStream(compose(
                new OutgoingMail("lea@example.org", "Message", "Bonjour"))));
        assertEquals("ne-pas-repondre@bocage.localhost", ((InternetAddress) message.getReplyTo()[0]).getAddress());
    }

    @Test
    void aSubjectBuiltFromATitleOfMaximalLengthFitsItsColumn() throws Exception {
        String title = "Zones humides 🐸 ".repeat(40).substring(0, 499);
        OutgoingMail mail = new OutgoingMail("lea@example.org", "Inscription confirmée : " + title + "\r\nBcc: x",
                "Bonjour");

        assertEquals(MailMessage.SUBJECT_LENGTH, mail.subject().length(), mail.subject());
        assertTrue(mail.subject().endsWith("…"), mail.subject());
        assertFalse(Character.isHighSurrogate(mail.subject().charAt(mail.subject().length() - 2)), mail.subject());
        MimeMessage message = new MimeMessage(PARSER, new ByteArrayInputStream(compose(mail)));
        assertEquals(mail.subject(), message.getSubject());
    }

    @Test
    void attachmentsMakeAMultipartMessage() throws Exception {
        byte[] invitation = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] mime = compose(new OutgoingMail("lea@example.org", "Invitation", "Voir la pièce jointe.",
                List.of(new OutgoingMail.Attachment("formation.ics", "text/calendar; method=REQUEST", invitation))));

        Multipart parts = (Multipart) new MimeMessage(PARSER, new ByteArrayInputStream(mime)).getContent();
        assertEquals(2, parts.getCount());
        assertEquals("formation.ics", parts.getBodyPart(1).getFileName());
        assertArrayEquals(invitation, parts.getBodyPart(1).getInputStream().readAllBytes());
    }

    @Test
    void theFolderTransportWritesOneFilePerMessageAndRewritesItOnRetry(@TempDir Path folder) throws Exception {
        FolderTransport transport = new FolderTransport(folder.resolve("outbox"));
        transport.deliver(7, "lea@example.org", "first".getBytes(StandardCharsets.US_ASCII));
        transport.deliver(7, "lea@example.org", "second".getBytes(StandardCharsets.US_ASCII));

        try (Stream<Path> files = Files.list(folder.resolve("outbox"))) {
            assertEquals(List.of("message-00000007.eml"), files.map(f -> f.getFileName().toString()).toList(),
                    "no temporary file is left behind");
        }
        assertEquals("second", Files.readString(folder.resolve("outbox").resolve("message-00000007.eml")));
    }

    @Test
    void aNewsletterHasTextAndHtmlAlternativesAndItsUnsubscribeHeaders() throws Exception {
        OutgoingMail mail = new OutgoingMail("lea@example.org", "La lettre", "Bonjour Léa")
                .withHtml("<p>Bonjour <strong>Léa</strong></p>")
                .withHeader("List-Unsubscribe", "<https://bocage.localhost/lettre/desabonnement?jeton=abc>")
                .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");

        MimeMessage message = new MimeMessage(PARSER, new ByteArrayInputStream(compose(mail)));
        assertEquals("<https://bocage.localhost/lettre/desabonnement?jeton=abc>",
                message.getHeader("List-Unsubscribe")[0]);
        assertEquals("List-Unsubscribe=One-Click", message.getHeader("List-Unsubscribe-Post")[0]);
        Multipart parts = (Multipart) message.getContent();
        assertTrue(message.getContentType().startsWith("multipart/alternative"), message.getContentType());
        assertEquals(2, parts.getCount());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertEquals("Bonjour Léa", parts.getBodyPart(0).getContent());
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        assertEquals("<p>Bonjour <strong>Léa</strong></p>", parts.getBodyPart(1).getContent());
    }

    @Test
    void anExtraHeaderCannotReplaceTheAddressesNorSpanTwoLines() throws Exception {
        OutgoingMail mail = new OutgoingMail("lea@example.org", "Message", "Bonjour");
        assertThrows(IllegalArgumentException.class, () -> mail.withHeader("Bcc", "x@example.org"));
        assertThrows(IllegalArgumentException.class, () -> mail.withHeader("X-Bad Name", "x"));

        MimeMessage message = new MimeMessage(PARSER, new ByteArrayInputStream(compose(
                mail.withHeader("X-Campaign", "n°3\r\nBcc: x@example.org"))));
        assertEquals("n°3 Bcc: x@example.org", MimeUtility.decodeText(message.getHeader("X-Campaign")[0]));
        assertEquals(null, message.getHeader("Bcc"));
    }
}
