package fr.bocage.network.event;

import fr.bocage.event.material.MaterialsSection;
import fr.bocage.platform.web.FormFeedback;
import java.util.Map;

/**
 * An event's page, /agenda/{id}: when (in its zone, and the visitor's own time), where, the programme, the
 * registration form until it starts; afterwards the link to « Revivre ce rendez-vous ».
 *
 * @param typed what the registration form shows: what was just typed, or the signed-in person's name and address
 */
public record EventPage(EventCard event, MaterialsSection materials, boolean runsIt, Map<String, String> typed,
        FormFeedback feedback, String webcalUrl) {
}
