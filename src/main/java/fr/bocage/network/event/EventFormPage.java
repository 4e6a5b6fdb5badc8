package fr.bocage.network.event;

import fr.bocage.platform.web.FormFeedback;
import fr.bocage.portal.form.MetadataForm;

/**
 * The form to propose an event, or to change one.
 *
 * @param options the vocabularies' themes and territories, with the chosen ones
 * @param event the event's fields
 * @param editing the event's id; null for a new one
 * @param editingTitle its title; null for a new one
 */
public record EventFormPage(MetadataForm options, EventForm event, Long editing, String editingTitle,
        FormFeedback feedback) {
}
