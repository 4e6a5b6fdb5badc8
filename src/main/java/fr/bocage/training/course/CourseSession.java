package fr.bocage.training.course;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One dated session of a course: when (UTC instants), where, and for how many people. */
@Embeddable
public class CourseSession {
    @Column(nullable = false)
    private Instant startsAt;

    @Column(nullable = false)
    private Instant endsAt;

    @Column(length = 300)
    private String place;

    private int capacity;

    protected CourseSession() {
    }

    CourseSession(Instant startsAt, Instant endsAt, String place, int capacity) {
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
}
