package fr.bocage.event.registration;

/**
 * What a registration is to: a resource (a webinar, a course…) and, for an event held in several sessions, one of
 * them. {@code session} is 0 for a resource that is itself the event (a webinar), else the session's stable key
 * (never its rank, which changes when sessions are added before it).
 */
public record EventKey(long resource, int session) {
    public static final int WHOLE = 0;

    /** A resource that is itself the event, as a webinar is. */
    public static EventKey of(long resource) {
        return new EventKey(resource, WHOLE);
    }
}
