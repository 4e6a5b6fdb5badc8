package fr.bocage.network.list;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A list message as the API and the pages show it to those inside the network: the author by name, the attachments
 * as links to their (members-only) resource pages.
 *
 * @param status sent, pending or rejected
 */
@JsonbPropertyOrder({"id", "subject", "author", "writtenAt", "status", "message", "attachments"})
public record ListMessageView(long id, String subject, String author, Instant writtenAt, String status,
        String message, List<Attachment> attachments) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy, H 'h' mm",
            Locale.FRENCH).withZone(ZoneId.of("Europe/Paris"));

    public ListMessageView {
        attachments = List.copyOf(attachments);
    }

    /** When it was written, as the pages say it (Paris time, as the network's e-mails are dated). */
    public String writtenOn() {
        return SHOWN.format(writtenAt);
    }

    /** @param page the resource's page; {@code file} its file */
    @JsonbPropertyOrder({"id", "title", "page", "file"})
    public record Attachment(long id, String title, String page, String file) {
    }
}
