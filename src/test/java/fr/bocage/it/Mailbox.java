package fr.bocage.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMTP server the IT server sends its e-mail to (GreenMail, in the test JVM, on {@code it.smtp.port}). The
 * server delivers in the background and retries while nobody listens, so tests wait for a message, never assume it.
 */
public final class Mailbox {
    private static final int PORT = Integer.getInteger("it.smtp.port", 3025);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private Mailbox() {
    }

    /** For a static field with {@code @RegisterExtension}: one server for the whole class. */
    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }

    /** The path and query of the latest link to {@code path} in the e-mails to {@code to}, waiting for one. */
    public static String linkPath(GreenMailExtension mail, String to, String path) {
        return pathOf(link(mail, to, path));
    }

    /** The latest absolute link to {@code path}, as the e-mail gives it, waiting for one. */
    public static String link(GreenMailExtension mail, String to, String path) {
        List<String> links = links(mail, to, path, 1);
        return links.get(links.size() - 1);
    }

    /** The links to {@code path} in the e-mails to {@code to}, oldest first, once there are at least {@code count}. */
    public static List<String> links(GreenMailExtension mail, String to, String path, int count) {
        return links(mail, to, p -> p.equals(path), path, count);
    }

    /** The path of the latest link under {@code prefix} (its token in the path: an invitation's), waiting for one. */
    public static String pathUnder(GreenMailExtension mail, String to, String prefix) {
        List<String> links = links(mail, to, p -> p.startsWith(prefix), prefix, 1);
        return URI.create(links.get(links.size() - 1)).getRawPath();
    }

    private static List<String> links(GreenMailExtension mail, String to, Predicate<String> path,
            String described, int count) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            List<String> links = received(mail, to).stream().filter(l -> path.test(URI.create(l).getPath())).toList();
            if (links.size() >= count) {
                return links;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("fewer than " + count + " e-mails to " + to + " with a link to " + described
                        + " after " + PATIENCE + ": " + links);
            }
            pause();
        }
    }

    public static String pathOf(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private static List<String> received(GreenMailExtension mail, String to) {
        List<String> links = new ArrayList<>();
        try {
            for (MimeMessage message : mail.getReceivedMessages()) {
                if (isFor(message, to)) {
                    Matcher matcher = LINK.matcher(textOf(message));
                    while (matcher.find()) {
                        links.add(matcher.group());
                    }
                }
            }
        } catch (MessagingException | IOException e) {
            throw new AssertionError("unreadable e-mail", e);
        }
        return links;
    }

    /** The calendar attachments (.ics) of the e-mails to {@code to}, oldest first, once there are {@code count}. */
    public static List<String> calendars(GreenMailExtension mail, String to, int count) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            List<String> calendars = new ArrayList<>();
            try {
                for (MimeMessage message : mail.getReceivedMessages()) {
                    if (isFor(message, to)) {
                        collectCalendars(message, calendars);
                    }
                }
            } catch (MessagingException | IOException e) {
                throw new AssertionError("unreadable e-mail", e);
            }
            if (calendars.size() >= count) {
                return calendars;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("fewer than " + count + " calendars sent to " + to + ": " + calendars.size());
            }
            pause();
        }
    }

    /** The subjects of the e-mails to {@code to}, oldest first, once there are at least {@code count}. */
    public static List<String> subjects(GreenMailExtension mail, String to, int count) {
        return each(mail, to, count, MimeMessage::getSubject);
    }

    /** The texts of the e-mails to {@code to}, oldest first, once there are at least {@code count}. */
    public static List<String> texts(GreenMailExtension mail, String to, int count) {
        return each(mail, to, count, Mailbox::textOf);
    }

    private interface Reading {
        String of(MimeMessage message) throws MessagingException, IOException;
    }

    /** What {@code reading} reads of each e-mail to {@code to}, oldest first, once there are {@code count}. */
    private static List<String> each(GreenMailExtension mail, String to, int count, Reading reading) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            List<String> read = new ArrayList<>();
            try {
                for (MimeMessage message : mail.getReceivedMessages()) {
                    if (isFor(message, to)) {
                        read.add(reading.of(message));
                    }
                }
            } catch (MessagingException | IOException e) {
                throw new AssertionError("unreadable e-mail", e);
            }
            if (read.size() >= count) {
                return read;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("fewer than " + count + " e-mails to " + to + ": " + read);
            }
            pause();
        }
    }

    private static void collectCalendars(Part part, List<String> calendars) throws MessagingException, IOException {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collectCalendars(multipart.getBodyPart(i), calendars);
            }
        } else if (part.isMimeType("text/calendar")) {
            calendars.add(new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The text of an e-mail: the whole body, or its text parts when it has attachments. */
    private static String textOf(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(textOf(multipart.getBodyPart(i))).append('\n');
            }
            return text.toString();
        }
        return part.isMimeType("text/plain") ? content.toString() : "";
    }

    private static boolean isFor(MimeMessage message, String to) throws MessagingException {
        for (Address address : message.getAllRecipients()) {
            if (address.toString().equalsIgnoreCase(to)) {
                return true;
            }
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
