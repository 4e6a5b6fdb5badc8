package fr.bocage.training.webinar;

import fr.bocage.platform.web.FormFeedback;
import fr.bocage.event.material.MaterialsSection;
import java.util.Map;

/**
 * A webinar's page: the webinar, its materials, the registration form and, for those who run it, their links.
 *
 * @param typed what the registration form shows: what was just typed, or the signed-in person's name and address
 * @param readsRegistrants whether the reader may see the registrants' personal data
 * @param webcalUrl the webinar's calendar to subscribe to (webcal://), which follows a change of time
 */
public record WebinarPage(WebinarCard webinar, MaterialsSection materials, boolean runsIt, boolean readsRegistrants,
                          Map<String, String> typed, FormFeedback feedback, String webcalUrl) {
}
