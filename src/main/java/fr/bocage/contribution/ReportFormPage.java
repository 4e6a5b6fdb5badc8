package fr.bocage.contribution;

import fr.bocage.platform.web.FormFeedback;
import fr.bocage.portal.form.MetadataForm;
import fr.bocage.portal.form.ReportForm;

/** A new experience report: its description and its sections. */
public record ReportFormPage(MetadataForm form, ReportForm report, FormFeedback feedback) {
}
