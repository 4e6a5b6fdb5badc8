package fr.bocage.event.registration;

/**
 * The rules of a webinar's places, apart from the database: confirmed up to the capacity, then waiting in order;
 * a freed or added place goes to the first person waiting, and a smaller capacity never takes a confirmed place
 * back (nor lets a cancellation promote anybody while more are confirmed than it allows).
 */
public record Places(int capacity, long confirmed) {

    /** What a new registration becomes. */
    public RegistrationStatus forNewcomer() {
        return confirmed < capacity ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
    }

    /** How many people waiting may be confirmed now: after a cancellation, or a larger capacity. */
    public long toPromote() {
        return Math.max(0, capacity - confirmed);
    }
}
