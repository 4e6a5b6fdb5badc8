package fr.bocage.event.registration;

import java.util.Optional;

/**
 * Where the engine finds the events of one kind (webinars, course sessions…): each kind's package provides a CDI
 * bean of this type, and the engine asks them in turn. An event is found only if it exists, whether or not it is
 * published (the engine checks that itself).
 */
public interface RegisteredEvents {

    /**
     * @param lock whether to lock the event's row until the transaction ends: registrations and changes of the
     *             event then queue up behind, so that two people never get the last place
     */
    Optional<RegisteredEvent> find(EventKey key, boolean lock);
}
