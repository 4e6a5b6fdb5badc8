package fr.bocage.training.webinar;

import fr.bocage.platform.web.FormFeedback;
import fr.bocage.portal.form.MetadataForm;

/**
 * The form that schedules a webinar or changes one.
 *
 * @param form the description's fields
 * @param event the event's fields: time, places, speakers, links
 * @param editing the webinar's id; null for a new one
 * @param editingTitle its title; null for a new one
 * @param action where the form is posted
 */
public record WebinarFormPage(MetadataForm form, WebinarForm event, Long editing, String editingTitle, String action,
                              FormFeedback feedback) {
}
