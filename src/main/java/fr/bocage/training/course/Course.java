package fr.bocage.training.course;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What makes a resource of type course a training: it shares its resource's id, and the resource keeps the title,
 * description (summary), themes, audiences, territory, provider (organisation), status and visibility.
 */
@Entity
@Table(name = "COURSE")
@NamedQuery(name = Course.ALL, query = "SELECT c FROM Course c")
@NamedQuery(name = Course.BY_IDS, query = "SELECT c FROM Course c WHERE c.id IN :ids")
public class Course {
    static final String ALL = "Course.all";
    static final String BY_IDS = "Course.byIds";

    @Id
    private Long id;

    @Column(length = 10000)
    private String objectives;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CourseLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CourseFormat format;

    /** As the provider says it (« 2 jours », « 6 h sur 4 semaines »): nothing computes on it. */
    @Column(length = 100)
    private String duration;

    @Column(length = 4000)
    private String prerequisites;

    /** In euros; null when free. */
    @Column(precision = 9, scale = 2)
    private BigDecimal price;

    @Column(length = 2000)
    private String platformUrl;

    /** Soonest first: a session's number in its address is its position here, from 1. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "COURSE_SESSION", joinColumns = @JoinColumn(name = "COURSE_ID"))
    @OrderColumn(name = "POSITION")
    private List<CourseSession> sessions = new ArrayList<>();

    protected Course() {
    }

    public Course(long id) {
        this.id = id;
    }

    /**
     * Takes the new description; its sessions keep their keys (the one given back, else the one of the session
     * that started at the same instant), the others get new ones. Answers the sessions that are no more.
     */
    List<CourseSession> describe(CourseDetails d) {
        objectives = d.objectives();
        level = d.level();
        format = d.format();
        duration = d.duration();
        prerequisites = d.prerequisites();
        price = d.price();
        platformUrl = d.platformUrl();
        List<CourseSession> former = new ArrayList<>(sessions);
        List<CourseSession> kept = new ArrayList<>();
        int next = former.stream().mapToInt(CourseSession::getKey).max().orElse(0) + 1;
        for (CourseSession s : d.sessions()) {
            Optional<CourseSession> same = former.stream().filter(f -> !kept.contains(f)
                    && (s.getKey() > 0 ? f.getKey() == s.getKey() : f.getStartsAt().equals(s.getStartsAt())))
                    .findFirst();
            if (same.isPresent()) {
                kept.add(same.get());
                s.replaces(same.get());
            } else {
                s.numbered(next++);
            }
        }
        sessions = new ArrayList<>(d.sessions());
        former.removeAll(kept);
        return former;
    }

    /** The session of a key ({@link CourseSession#getKey}), whatever its rank. */
    public Optional<CourseSession> sessionByKey(int key) {
        return sessions.stream().filter(s -> s.getKey() == key).findFirst();
    }

    /** What search finds a course by, beyond its description: objectives, prerequisites and where it is held. */
    String indexedText() {
        return String.join("\n\n", Stream.concat(Stream.of(objectives, prerequisites),
                sessions.stream().map(CourseSession::getPlace)).filter(t -> t != null && !t.isBlank()).toList());
    }

    /** The session numbered {@code number} (from 1), soonest first. */
    public Optional<CourseSession> session(int number) {
        return number >= 1 && number <= sessions.size() ? Optional.of(sessions.get(number - 1)) : Optional.empty();
    }

    /** The first session that has not started by {@code now}. */
    public Optional<CourseSession> nextSession(Instant now) {
        return sessions.stream().filter(s -> s.getStartsAt().isAfter(now)).findFirst();
    }

    public boolean isFree() {
        return price == null;
    }

    public Long getId() {
        return id;
    }

    public String getObjectives() {
        return objectives;
    }

    public CourseLevel getLevel() {
        return level;
    }

    public CourseFormat getFormat() {
        return format;
    }

    public String getDuration() {
        return duration;
    }

    public String getPrerequisites() {
        return prerequisites;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public String getPlatformUrl() {
        return platformUrl;
    }

    public List<CourseSession> getSessions() {
        return List.copyOf(sessions);
    }
}
