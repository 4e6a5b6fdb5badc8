package fr.bocage.network.action;

import fr.bocage.platform.web.FormFeedback;
import fr.bocage.portal.form.MetadataForm;
import fr.bocage.portal.form.ReportForm;

/**
 * The contributors' action form, new or for an action to change.
 *
 * @param form the description's fields
 * @param report the sections (an experience report's)
 * @param action the action's own fields and indicator values
 * @param editing the action's id; null for a new one
 * @param editingTitle its title; null for a new one
 */
public record ActionFormPage(MetadataForm form, ReportForm report, ActionForm action, Long editing,
        String editingTitle, FormFeedback feedback) {
}
