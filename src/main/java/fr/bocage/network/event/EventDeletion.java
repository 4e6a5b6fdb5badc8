package fr.bocage.network.event;

import fr.bocage.catalog.ResourceDeleted;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.event.registration.RegistrationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Deleting an event's resource deletes its row and its registrations, in the same transaction; before its end,
 * everybody registered is told that it is called off.
 */
@ApplicationScoped
public class EventDeletion {

    @Inject
    EventRepository events;

    @Inject
    ResourceRepository resources;

    @Inject
    RegistrationService registrations;

    @Inject
    EventRegistrations registered;

    void onDelete(@Observes ResourceDeleted deleted) {
        events.find(deleted.id()).ifPresent(event -> {
            registrations.calledOff(registered.of(resources.existing(event.getId()), event));
            events.remove(event);
        });
    }
}
