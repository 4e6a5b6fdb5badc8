package fr.bocage.training.webinar;

import fr.bocage.catalog.Resource;
import fr.bocage.mail.MailOutbox;
import fr.bocage.mail.OutgoingMail;
import fr.bocage.platform.Messages;
import fr.bocage.platform.PublicUrl;
import fr.bocage.platform.web.Routes;
import fr.bocage.training.CalendarEvent;
import fr.bocage.training.CalendarOrganizer;
import fr.bocage.training.TrainingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The e-mails of a registration: the link that confirms a pending one; then each with the webinar as an .ics
 * invitation (the joining link only for confirmed people) and the personal cancellation link. Stored in the caller's
 * transaction.
 */
@ApplicationScoped
public class RegistrationMails {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH:mm",
            Locale.FRENCH).withZone(TrainingCalendar.ZONE);

    @Inject
    MailOutbox outbox;

    @Inject
    PublicUrl publicUrl;

    @Inject
    WebinarEvents events;

    @Inject
    CalendarOrganizer organizer;

    /** The link that confirms a pending registration: no invitation yet, as no place is held. */
    void confirmationAsked(Registration r, Resource resource, Webinar webinar, String token) {
        String subject = Messages.format("webinar.mail.confirm.subject", resource.getTitle());
        String text = Messages.format("webinar.mail.confirm.text", r.getName(), resource.getTitle(), when(webinar),
                publicUrl.of(Routes.CONFIRMATION, "jeton", token), WHEN.format(r.getConfirmExpiresAt()));
        outbox.enqueue(new OutgoingMail(r.getEmail(), subject, text));
    }

    void registered(Registration r, long position, Resource resource, Webinar webinar, String token) {
        if (r.getStatus() == RegistrationStatus.CONFIRMED) {
            send(r, "webinar.mail.confirmed", resource, webinar, token);
        } else {
            String subject = Messages.format("webinar.mail.waiting.subject", resource.getTitle());
            String text = Messages.format("webinar.mail.waiting.text", r.getName(), resource.getTitle(), position,
                    when(webinar), page(resource), cancelLink(token));
            enqueue(r, subject, text, events.of(resource, webinar));
        }
    }

    /** The first person waiting got the place someone gave up. */
    void promoted(Registration r, Resource resource, Webinar webinar, String token) {
        send(r, "webinar.mail.promoted", resource, webinar, token);
    }

    /** The webinar's time changed: the updated invitation replaces the entry in the person's calendar. */
    void rescheduled(Registration r, Resource resource, Webinar webinar) {
        boolean confirmed = r.getStatus() == RegistrationStatus.CONFIRMED;
        String subject = Messages.format("webinar.mail.rescheduled.subject", resource.getTitle());
        String text = Messages.format("webinar.mail.rescheduled.text", r.getName(), resource.getTitle(), when(webinar),
                page(resource));
        enqueue(r, subject, text, confirmed ? events.withJoinUrl(resource, webinar) : events.of(resource, webinar));
    }

    /** The webinar was called off before its end: its entry is struck out of the person's calendar. */
    void calledOff(Registration r, Resource resource, Webinar webinar) {
        struckOut(r, "webinar.mail.called-off", resource, webinar);
    }

    /** The person cancelled their registration: its entry is struck out of their calendar. */
    void cancelled(Registration r, Resource resource, Webinar webinar) {
        struckOut(r, "webinar.mail.cancelled", resource, webinar);
    }

    private void struckOut(Registration r, String key, Resource resource, Webinar webinar) {
        String subject = Messages.format(key + ".subject", resource.getTitle());
        String text = Messages.format(key + ".text", r.getName(), resource.getTitle(), when(webinar), page(resource));
        enqueue(r, subject, text, TrainingCalendar.writeCancel(events.of(resource, webinar), organizer.address(), r.getEmail()));
    }

    private void send(Registration r, String key, Resource resource, Webinar webinar, String token) {
        String join = webinar.getJoinUrl() == null ? Messages.get("webinar.mail.join-later") : webinar.getJoinUrl();
        String subject = Messages.format(key + ".subject", resource.getTitle());
        String text = Messages.format(key + ".text", r.getName(), resource.getTitle(), when(webinar), join,
                page(resource), cancelLink(token));
        enqueue(r, subject, text, events.withJoinUrl(resource, webinar));
    }

    private void enqueue(Registration r, String subject, String text, CalendarEvent event) {
        enqueue(r, subject, text, TrainingCalendar.write(List.of(event), organizer.address()));
    }

    private void enqueue(Registration r, String subject, String text, String calendar) {
        outbox.enqueue(new OutgoingMail(r.getEmail(), subject, text, List.of(new OutgoingMail.Attachment(
                "webinaire.ics", TrainingCalendar.MEDIA_TYPE, calendar.getBytes(StandardCharsets.UTF_8)))));
    }

    private static String when(Webinar webinar) {
        return Messages.format("webinar.mail.when", WHEN.format(webinar.getStartsAt()), webinar.getDurationMinutes());
    }

    private String page(Resource resource) {
        return publicUrl.of(Routes.webinar(resource.getId()));
    }

    private String cancelLink(String token) {
        return publicUrl.of(Routes.CANCELLATION, "jeton", token);
    }
}
