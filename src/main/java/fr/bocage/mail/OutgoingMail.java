package fr.bocage.mail;

import fr.bocage.platform.PlainText;
import java.util.List;
import java.util.Objects;

/**
 * A message to send: plain French text, optionally with attachments (an .ics invitation, say).
 *
 * @param to      the recipient's address
 * @param subject the subject line, made one line and shortened to what the outbox keeps: it is often built from a
 *                title, which may be as long as the column itself
 * @param text    the body, plain text
 * @param replyTo where answers go, when not to the sender (the visitor who wrote through the contact form), or
 *                null; its personal name may be given as {@code replyToName}
 */
public record OutgoingMail(String to, String subject, String text, List<Attachment> attachments, String replyTo,
        String replyToName) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        subject = PlainText.shortened(PlainText.oneLine(Objects.requireNonNull(subject, "subject")),
                MailMessage.SUBJECT_LENGTH);
        Objects.requireNonNull(text, "text");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        replyToName = replyToName == null ? null : PlainText.oneLine(replyToName);
    }

    public OutgoingMail(String to, String subject, String text, List<Attachment> attachments) {
        this(to, subject, text, attachments, null, null);
    }

    public OutgoingMail(String to, String subject, String text) {
        this(to, subject, text, List.of());
    }

    /** The same message, answered to {@code address} (named {@code name}, or null) instead of the sender. */
    public OutgoingMail replyingTo(String address, String name) {
        return new OutgoingMail(to, subject, text, attachments, Objects.requireNonNull(address, "address"), name);
    }

    /** @param mediaType for example {@code text/calendar; method=REQUEST} */
    public record Attachment(String fileName, String mediaType, byte[] content) {
    }
}
