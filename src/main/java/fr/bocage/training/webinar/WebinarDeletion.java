package fr.bocage.training.webinar;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceDeleted;
import fr.bocage.catalog.ResourceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Deleting a webinar's resource deletes its event and its registrations, in the same transaction; before its end,
 * everybody registered is told that it is called off (not those who never confirmed: they were never registered).
 */
@ApplicationScoped
public class WebinarDeletion {

    @Inject
    WebinarRepository webinars;

    @Inject
    RegistrationRepository registrations;

    @Inject
    ResourceRepository resources;

    @Inject
    RegistrationMails mails;

    void onDelete(@Observes ResourceDeleted deleted) {
        webinars.find(deleted.id()).ifPresent(webinar -> {
            boolean tell = !webinar.hasEnded(Instant.now());
            Resource resource = resources.existing(webinar.getId());
            for (Registration registration : registrations.allOf(webinar.getId())) {
                if (tell && registration.getStatus() != RegistrationStatus.PENDING) {
                    mails.calledOff(registration, resource, webinar);
                }
                registrations.remove(registration);
            }
            webinars.remove(webinar);
        });
    }
}
