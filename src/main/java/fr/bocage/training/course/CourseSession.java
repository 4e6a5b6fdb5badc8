package fr.bocage.training.course;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import fr.bocage.event.calendar.SessionZone;
import java.time.Instant;

/**
 * One dated session of a course: when (UTC instants, entered and shown in its place's time zone), where, and for
 * how many people.
 */
@Embeddable
public class CourseSession {
    @Column(nullable = false)
    private Instant startsAt;

    @Column(nullable = false)
    private Instant endsAt;

    @Column(length = 300)
    private String place;

    private int capacity;

    /** An IANA id among France's zones ({@link SessionZone}); rows older than V7 got Europe/Paris. */
    @Column(name = "ZONEID", nullable = false, length = 40)
    private String timeZone = SessionZone.DEFAULT.id();

    /**
     * Stays when sessions are added, moved or removed around it (unlike its rank): registrations to the session
     * are kept by it. From 1; 0 until its course numbers it.
     */
    @Column(name = "SESSIONKEY", nullable = false)
    private int key;

    /** The iCalendar SEQUENCE: raised when its time changes, so that calendars replace the entry they hold. */
    @Column(name = "ICAL_SEQUENCE", nullable = false)
    private int sequence;

    protected CourseSession() {
    }

    CourseSession(Instant startsAt, Instant endsAt, String place, int capacity, SessionZone zone, int key) {
        this.key = key;
        this.timeZone = zone.id();
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place;
        this.capacity = capacity;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getKey() {
        return key;
    }

    void numbered(int newKey) {
        key = newKey;
    }

    /** Takes the place of {@code former}: its key, and its SEQUENCE, raised if the time changed. */
    void replaces(CourseSession former) {
        key = former.key;
        boolean moved = !former.startsAt.equals(startsAt) || !former.endsAt.equals(endsAt);
        sequence = former.sequence + (moved ? 1 : 0);
    }

    public int getSequence() {
        return sequence;
    }

    public SessionZone getZone() {
        return SessionZone.stored(timeZone);
    }
}
