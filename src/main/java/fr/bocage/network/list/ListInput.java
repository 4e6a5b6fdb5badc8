package fr.bocage.network.list;

import fr.bocage.platform.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a member writes to the list: a subject and a message in plain text (attachments come apart). */
public record ListInput(
        @NotBlank(message = "{bocage.list.subject.required}")
        @Size(max = SUBJECT_MAX, message = "{bocage.list.subject.size}") String subject,
        @NotBlank(message = "{bocage.list.message.required}")
        @Size(max = BODY_MAX, message = "{bocage.list.message.size}") String message) {

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 20_000;
    /** At most this many files with one message. */
    public static final int MAX_ATTACHMENTS = 3;
    /** The fields of the page's form, in its order. */
    static final List<String> FIELDS = List.of("subject", "message", "file");

    public ListInput {
        // One line: it becomes the e-mails' Subject header.
        subject = subject == null ? null : PlainText.visible(subject).replaceAll("\\s+", " ").strip();
        message = message == null ? null : message.strip();
    }
}
