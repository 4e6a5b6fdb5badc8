package fr.bocage.network.event;

import fr.bocage.event.calendar.SessionZone;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What makes a resource of type event a meeting of the network: it shares its resource's id, and the resource keeps
 * the title, summary, themes, territory, status and visibility. Times are instants, entered and shown in the
 * event's own zone (a meeting in La Réunion at 09:00 is 09:00 Indian/Reunion time).
 */
@Entity
@Table(name = "NETWORK_EVENT")
@NamedQuery(name = NetworkEvent.ENDING_AFTER,
        query = "SELECT e FROM NetworkEvent e WHERE e.endsAt > :now ORDER BY e.startsAt, e.id")
@NamedQuery(name = NetworkEvent.IN_NETWORK_ENDING_AFTER, query = "SELECT e FROM NetworkEvent e"
        + " WHERE e.networkId = :network AND e.endsAt > :now ORDER BY e.startsAt, e.id")
@NamedQuery(name = NetworkEvent.ENDED_BY,
        query = "SELECT e FROM NetworkEvent e WHERE e.endsAt <= :now ORDER BY e.startsAt DESC, e.id DESC")
public class NetworkEvent {
    static final String ENDING_AFTER = "NetworkEvent.endingAfter";
    static final String ENDED_BY = "NetworkEvent.endedBy";
    static final String IN_NETWORK_ENDING_AFTER = "NetworkEvent.inNetworkEndingAfter";

    @Id
    private Long id;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(nullable = false, length = 20)
    private String format;

    @Column(nullable = false)
    private Instant startsAt;

    @Column(nullable = false)
    private Instant endsAt;

    /** An IANA id among France's zones ({@link SessionZone}). */
    @Column(name = "ZONEID", nullable = false, length = 40)
    private String zoneId;

    @Column(length = 200)
    private String placeName;

    @Column(length = 500)
    private String address;

    @Column(length = 200)
    private String commune;

    /** Given to confirmed registrants (and those who run the event) only, like a webinar's. */
    @Column(length = 2000)
    private String joinUrl;

    @Column(length = 10000)
    private String programme;

    private int capacity;

    /** An actor's resource id (fr.bocage.network.actor), or null. */
    private Long organiser;

    /** The network it belongs to (fr.bocage.network.membership), or null: its page lists it under « Agenda ». */
    @Column(name = "NETWORK_ID")
    private Long networkId;

    /** What was said and decided, written after the event (« Revivre ce rendez-vous »). */
    @Column(length = 10000)
    private String recap;

    @Column(length = 2000)
    private String replayUrl;

    /** The iCalendar SEQUENCE: raised by every change of time, so that calendars replace the entry they hold. */
    @Column(name = "ICAL_SEQUENCE")
    private int sequence;

    protected NetworkEvent() {
    }

    NetworkEvent(long id) {
        this.id = id;
    }

    /** Takes the new fields; answers whether its time changed (registrants are then told). */
    boolean describe(EventDetails d) {
        boolean timeChanged = startsAt != null && (!startsAt.equals(d.startsAt()) || !endsAt.equals(d.endsAt()));
        if (timeChanged) {
            sequence++;
        }
        kind = d.kind().code();
        format = d.format().code();
        startsAt = d.startsAt();
        endsAt = d.endsAt();
        zoneId = d.zone().id();
        placeName = d.placeName();
        address = d.address();
        commune = d.commune();
        joinUrl = d.joinUrl();
        programme = d.programme();
        capacity = d.capacity();
        organiser = d.organiser();
        networkId = d.network();
        recap = d.recap();
        replayUrl = d.replayUrl();
        return timeChanged;
    }

    public boolean hasStarted(Instant now) {
        return !now.isBefore(startsAt);
    }

    public boolean hasEnded(Instant now) {
        return !now.isBefore(endsAt);
    }

    public Long getId() {
        return id;
    }

    public EventKind getKind() {
        return EventKind.of(kind).orElse(EventKind.OTHER);
    }

    public EventFormat getFormat() {
        return EventFormat.of(format).orElse(EventFormat.IN_PERSON);
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public SessionZone getZone() {
        return SessionZone.stored(zoneId);
    }

    public String getPlaceName() {
        return placeName;
    }

    public String getAddress() {
        return address;
    }

    public String getCommune() {
        return commune;
    }

    public String getJoinUrl() {
        return joinUrl;
    }

    public String getProgramme() {
        return programme;
    }

    public int getCapacity() {
        return capacity;
    }

    public Long getOrganiser() {
        return organiser;
    }

    public Long getNetworkId() {
        return networkId;
    }

    public String getRecap() {
        return recap;
    }

    public String getReplayUrl() {
        return replayUrl;
    }

    public int getSequence() {
        return sequence;
    }

    /** Where it takes place, in one line: « Salle des fêtes, 3 rue des Haies, Saint-Pierre ». */
    public String where() {
        return java.util.stream.Stream.of(placeName, address, commune)
                .filter(p -> p != null && !p.isBlank()).reduce((a, b) -> a + ", " + b).orElse(null);
    }
}
