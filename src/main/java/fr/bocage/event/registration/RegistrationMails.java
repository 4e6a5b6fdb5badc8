package fr.bocage.event.registration;

import fr.bocage.mail.MailOutbox;
import fr.bocage.mail.OutgoingMail;
import fr.bocage.platform.Messages;
import fr.bocage.platform.PublicUrl;
import fr.bocage.platform.web.Routes;
import fr.bocage.event.calendar.CalendarEvent;
import fr.bocage.event.calendar.CalendarOrganizer;
import fr.bocage.event.calendar.EventCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The e-mails of a registration: the link that confirms a pending one; then each with the event as an .ics
 * invitation (what gives access, such as a joining link, only for confirmed people) and the personal cancellation
 * link. Each kind of event says it in its words: the keys start with {@link RegisteredEvent#messages}. Stored in
 * the caller's transaction.
 */
@ApplicationScoped
public class RegistrationMails {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH:mm",
            Locale.FRENCH).withZone(EventCalendar.ZONE);

    @Inject
    MailOutbox outbox;

    @Inject
    PublicUrl publicUrl;

    @Inject
    CalendarOrganizer organizer;

    /** The link that confirms a pending registration: no invitation yet, as no place is held. */
    void confirmationAsked(Registration r, RegisteredEvent event, String token) {
        String subject = Messages.format(event.messages() + ".mail.confirm.subject", event.title());
        String text = Messages.format(event.messages() + ".mail.confirm.text", r.getName(), event.title(),
                event.when(), publicUrl.of(Routes.CONFIRMATION, "jeton", token),
                WHEN.format(r.getConfirmExpiresAt()));
        outbox.enqueue(new OutgoingMail(r.getEmail(), subject, text));
    }

    void registered(Registration r, long position, RegisteredEvent event, String token) {
        if (r.getStatus() == RegistrationStatus.CONFIRMED) {
            send(r, "confirmed", event, token);
        } else {
            String subject = Messages.format(event.messages() + ".mail.waiting.subject", event.title());
            String text = Messages.format(event.messages() + ".mail.waiting.text", r.getName(), event.title(),
                    position, event.when(), page(event), cancelLink(token));
            enqueue(r, subject, text, event.calendar(false));
        }
    }

    /** The first person waiting got the place someone gave up. */
    void promoted(Registration r, RegisteredEvent event, String token) {
        send(r, "promoted", event, token);
    }

    /** The event's time changed: the updated invitation replaces the entry in the person's calendar. */
    void rescheduled(Registration r, RegisteredEvent event) {
        boolean confirmed = r.getStatus() == RegistrationStatus.CONFIRMED;
        String subject = Messages.format(event.messages() + ".mail.rescheduled.subject", event.title());
        String text = Messages.format(event.messages() + ".mail.rescheduled.text", r.getName(), event.title(),
                event.when(), page(event));
        enqueue(r, subject, text, event.calendar(confirmed));
    }

    /** The event was called off before its end: its entry is struck out of the person's calendar. */
    void calledOff(Registration r, RegisteredEvent event) {
        struckOut(r, "called-off", event);
    }

    /** The person cancelled their registration: its entry is struck out of their calendar. */
    void cancelled(Registration r, RegisteredEvent event) {
        struckOut(r, "cancelled", event);
    }

    private void struckOut(Registration r, String mail, RegisteredEvent event) {
        String key = event.messages() + ".mail." + mail;
        String subject = Messages.format(key + ".subject", event.title());
        String text = Messages.format(key + ".text", r.getName(), event.title(), event.when(), page(event));
        enqueue(r, subject, text, EventCalendar.writeCancel(event.calendar(false), organizer.address(),
                r.getEmail()));
    }

    private void send(Registration r, String mail, RegisteredEvent event, String token) {
        String key = event.messages() + ".mail." + mail;
        String access = event.access() == null ? Messages.get(event.messages() + ".mail.join-later") : event.access();
        String subject = Messages.format(key + ".subject", event.title());
        String text = Messages.format(key + ".text", r.getName(), event.title(), event.when(), access, page(event),
                cancelLink(token));
        enqueue(r, subject, text, event.calendar(true));
    }

    private void enqueue(Registration r, String subject, String text, CalendarEvent event) {
        enqueue(r, subject, text, EventCalendar.write(List.of(event), organizer.address()));
    }

    private void enqueue(Registration r, String subject, String text, String calendar) {
        outbox.enqueue(new OutgoingMail(r.getEmail(), subject, text, List.of(new OutgoingMail.Attachment(
                "invitation.ics", EventCalendar.MEDIA_TYPE, calendar.getBytes(StandardCharsets.UTF_8)))));
    }

    private String page(RegisteredEvent event) {
        return publicUrl.of(event.page());
    }

    private String cancelLink(String token) {
        return publicUrl.of(Routes.CANCELLATION, "jeton", token);
    }
}
