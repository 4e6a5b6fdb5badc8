package fr.bocage.training.webinar;

import fr.bocage.catalog.ResourceDeleted;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.event.registration.RegistrationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Deleting a webinar's resource deletes its event and its registrations, in the same transaction; before its end,
 * everybody registered is told that it is called off (not those who never confirmed: they were never registered).
 */
@ApplicationScoped
public class WebinarDeletion {

    @Inject
    WebinarRepository webinars;

    @Inject
    ResourceRepository resources;

    @Inject
    RegistrationService registrations;

    @Inject
    WebinarRegistrations events;

    void onDelete(@Observes ResourceDeleted deleted) {
        webinars.find(deleted.id()).ifPresent(webinar -> {
            registrations.calledOff(events.of(resources.existing(webinar.getId()), webinar));
            webinars.remove(webinar);
        });
    }
}
