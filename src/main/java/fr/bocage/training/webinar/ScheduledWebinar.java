package fr.bocage.training.webinar;

import fr.bocage.catalog.Resource;




/** A webinar's resource and event as the transaction that changed them left them. */
public record ScheduledWebinar(Resource resource, Webinar webinar) {
}
