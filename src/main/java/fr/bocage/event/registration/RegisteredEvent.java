package fr.bocage.event.registration;

import fr.bocage.event.calendar.CalendarEvent;
import java.time.Instant;

/**
 * The event being registered to, as the registration engine needs it and nothing more: the engine knows no
 * webinar nor course, so that other kinds of events (network meetings…) may use it. Implementations are read in
 * the caller's transaction, the event's row locked when asked ({@link RegisteredEvents#find}).
 */
public interface RegisteredEvent {

    EventKey key();

    String title();

    Instant startsAt();

    Instant endsAt();

    /** Places; beyond them, newcomers wait. */
    int capacity();

    /** Its page's path (« /webinaires/12 »), to which the registrations' answers and e-mails lead. */
    String page();

    /**
     * The start and length or end, in words, in the event's own time zone named (« mardi 2 juin 2027 à 14h00 (heure
     * de Paris), 90 minutes »), for the e-mails.
     */
    String when();

    /** When it is, for a page's heading, in its own time zone named (« mardi 2 juin 2027, 8 h 30 – 16 h 30, heure de Guyane »). */
    String heading();

    /**
     * What a confirmed registrant is given to attend: a webinar's joining link, a session's place; null when not
     * known yet (the e-mails then say it will come).
     */
    String access();

    /** Its calendar entry; {@code confirmed} adds what only confirmed registrants may read (a joining link). */
    CalendarEvent calendar(boolean confirmed);

    /**
     * The prefix of its e-mails' message keys ({@code webinar}, {@code course-session}): each kind says in its own
     * words « the webinar » or « the session ».
     */
    String messages();
}
