package fr.bocage.mail;

/** The outbox's composition, for the tests of other packages that read their e-mails back with a MIME parser. */
public final class MimeForTests {
    private MimeForTests() {
    }

    public static byte[] compose(OutgoingMail mail) {
        MailOutbox outbox = new MailOutbox();
        outbox.from = "Bocage <ne-pas-repondre@bocage.localhost>";
        return outbox.mime(mail);
    }
}
