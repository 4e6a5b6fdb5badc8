package fr.bocage.training.webinar;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceAccess;
import fr.bocage.catalog.ResourceService;
import fr.bocage.event.registration.EventKey;
import fr.bocage.event.registration.RegistrationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Creating and rescheduling webinars: the resource and its event change in one transaction. */
@ApplicationScoped
@Transactional
public class WebinarService {

    @Inject
    ResourceService resources;

    @Inject
    WebinarRepository webinars;

    @Inject
    RegistrationService registrations;

    @Inject
    WebinarRegistrations events;

    public ScheduledWebinar create(WebinarInput input, String trainer) {
        WebinarSchedule schedule = input.schedule();
        Resource resource = resources.createTyped(input.metadata(), WebinarRepository.TYPE, trainer,
                ResourceAccess.statusOfNewTraining(), r -> {
                    Webinar webinar = new Webinar(r.getId());
                    webinar.schedule(schedule);
                    webinars.persist(webinar);
                });
        return new ScheduledWebinar(resource, webinars.existing(resource.getId()));
    }

    /**
     * The event first, so that the resource's new index entry holds the new speakers; then the registrants learn of
     * a new time, and people waiting get the places a larger capacity adds.
     */
    public ScheduledWebinar update(long id, WebinarInput input, String actor) {
        WebinarSchedule schedule = input.schedule();
        registrations.locked(EventKey.of(id));
        Webinar webinar = webinars.existing(id);
        boolean timeChanged = webinar.schedule(schedule);
        Resource resource = resources.describeTyped(id, input.metadata(), WebinarRepository.TYPE, actor);
        registrations.rescheduled(events.of(resource, webinar), timeChanged);
        return new ScheduledWebinar(resource, webinar);
    }
}
