package fr.bocage.training.webinar;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes a resource of type webinar an event: it shares its resource's id, and the resource keeps the title,
 * abstract (summary), themes, audiences, territory, status and visibility.
 */
@Entity
@Table(name = "WEBINAR")
@NamedQuery(name = Webinar.ENDING_AFTER, query = "SELECT w FROM Webinar w WHERE w.endsAt > :now ORDER BY w.startsAt, w.id")
@NamedQuery(name = Webinar.ENDED_BY, query = "SELECT w FROM Webinar w WHERE w.endsAt <= :now ORDER BY w.startsAt DESC, w.id DESC")
public class Webinar {
    static final String ENDING_AFTER = "Webinar.endingAfter";
    static final String ENDED_BY = "Webinar.endedBy";

    @Id
    private Long id;

    @Column(nullable = false)
    private Instant startsAt;

    /** Derived from the start and the duration, kept to tell upcoming from past webinars in a query. */
    @Column(nullable = false)
    private Instant endsAt;

    private int durationMinutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "WEBINAR_SPEAKER", joinColumns = @JoinColumn(name = "WEBINAR_ID"))
    @OrderColumn(name = "POSITION")
    private List<Speaker> speakers = new ArrayList<>();

    @Column(length = 200)
    private String series;

    private int capacity;

    @Column(length = 2000)
    private String joinUrl;

    @Column(length = 2000)
    private String replayUrl;

    /** What was said, written after the event. */
    @Column(length = 4000)
    private String recap;

    /** The iCalendar SEQUENCE: raised by every change of time, so that calendars replace the entry they hold. */
    @Column(name = "ICAL_SEQUENCE")
    private int sequence;

    protected Webinar() {
    }

    public Webinar(long id) {
        this.id = id;
    }

    /** Takes the new schedule; answers whether its time changed (registrants are then told). */
    boolean schedule(WebinarSchedule s) {
        boolean timeChanged = startsAt != null
                && (!startsAt.equals(s.startsAt()) || durationMinutes != s.durationMinutes());
        if (timeChanged) {
            sequence++;
        }
        startsAt = s.startsAt();
        durationMinutes = s.durationMinutes();
        endsAt = startsAt.plus(Duration.ofMinutes(durationMinutes));
        speakers = new ArrayList<>(s.speakers());
        series = s.series();
        capacity = s.capacity();
        joinUrl = s.joinUrl();
        replayUrl = s.replayUrl();
        recap = s.recap();
        return timeChanged;
    }

    /** The speakers and the recap as indexed text, so that a search on a speaker's name or organisation finds the webinar. */
    String indexedText() {
        String speakersText = String.join("\n", speakers.stream().map(Speaker::toString).toList());
        return recap == null ? speakersText : speakersText + "\n\n" + recap;
    }

    public boolean hasEnded(Instant now) {
        return !now.isBefore(endsAt);
    }

    public boolean hasStarted(Instant now) {
        return !now.isBefore(startsAt);
    }

    public Long getId() {
        return id;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public List<Speaker> getSpeakers() {
        return List.copyOf(speakers);
    }

    public String getSeries() {
        return series;
    }

    public int getCapacity() {
        return capacity;
    }

    public String getJoinUrl() {
        return joinUrl;
    }

    public String getReplayUrl() {
        return replayUrl;
    }

    public String getRecap() {
        return recap;
    }

    public int getSequence() {
        return sequence;
    }
}
