package fr.bocage.training;

import fr.bocage.catalog.ResourceDeleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Deleting a webinar's resource deletes its event and its registrations, in the same transaction. */
@ApplicationScoped
public class WebinarDeletion {

    @Inject
    Webinars webinars;

    @Inject
    Registrations registrations;

    void onDelete(@Observes ResourceDeleted deleted) {
        webinars.find(deleted.id()).ifPresent(webinar -> {
            registrations.of(webinar.getId()).forEach(registrations::remove);
            webinars.remove(webinar);
        });
    }
}
