package fr.bocage.mail;

import fr.bocage.platform.PlainText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A message to send: plain French text, optionally an HTML alternative of it, attachments (an .ics invitation, say)
 * and extra header lines (a newsletter's {@code List-Unsubscribe}).
 *
 * @param to      the recipient's address
 * @param subject the subject line, made one line and shortened to what the outbox keeps: it is often built from a
 *                title, which may be as long as the column itself
 * @param text    the body, plain text; always there, for clients that show no HTML
 * @param replyTo where answers go, when not to the sender (the visitor who wrote through the contact form), or
 *                null; its personal name may be given as {@code replyToName}
 * @param html    the same content as HTML (already escaped and sanitised by the caller), or null
 * @param headers extra header lines, in order; names are RFC 5322 field names, values one line
 */
public record OutgoingMail(String to, String subject, String text, List<Attachment> attachments, String replyTo,
        String replyToName, String html, Map<String, String> headers) {

    private static final Pattern FIELD_NAME = Pattern.compile("[!-9;-~]{1,76}");
    /** Headers the composer writes itself: an extra one must not replace or repeat them. */
    private static final List<String> OWN_HEADERS = List.of("from", "to", "cc", "bcc", "reply-to", "subject", "date",
            "message-id", "mime-version", "content-type", "content-transfer-encoding");

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        subject = PlainText.shortened(PlainText.oneLine(Objects.requireNonNull(subject, "subject")),
                MailMessage.SUBJECT_LENGTH);
        Objects.requireNonNull(text, "text");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        replyToName = replyToName == null ? null : PlainText.oneLine(replyToName);
        headers = headers == null ? Map.of() : checked(headers);
    }

    public OutgoingMail(String to, String subject, String text, List<Attachment> attachments) {
        this(to, subject, text, attachments, null, null, null, null);
    }

    public OutgoingMail(String to, String subject, String text) {
        this(to, subject, text, List.of());
    }

    /** The same message, answered to {@code address} (named {@code name}, or null) instead of the sender. */
    public OutgoingMail replyingTo(String address, String name) {
        return new OutgoingMail(to, subject, text, attachments, Objects.requireNonNull(address, "address"), name,
                html, headers);
    }

    /** The same message with an HTML alternative to its text. */
    public OutgoingMail withHtml(String alternative) {
        return new OutgoingMail(to, subject, text, attachments, replyTo, replyToName,
                Objects.requireNonNull(alternative, "alternative"), headers);
    }

    /** The same message with one more header line, for example {@code List-Unsubscribe-Post}. */
    public OutgoingMail withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new OutgoingMail(to, subject, text, attachments, replyTo, replyToName, html, more);
    }

    private static Map<String, String> checked(Map<String, String> headers) {
        Map<String, String> copy = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            if (!FIELD_NAME.matcher(name).matches() || OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("En-tête refusé : " + name);
            }
            copy.put(name, PlainText.oneLine(Objects.requireNonNull(value, name)));
        });
        return Collections.unmodifiableMap(copy);
    }

    /** @param mediaType for example {@code text/calendar; method=REQUEST} */
    public record Attachment(String fileName, String mediaType, byte[] content) {
    }
}
