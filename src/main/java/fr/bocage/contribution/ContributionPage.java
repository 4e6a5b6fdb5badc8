package fr.bocage.contribution;

import fr.bocage.catalog.ResourceView;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.portal.form.MetadataForm;
import fr.bocage.portal.form.ReportForm;

/**
 * One contribution in its author's space.
 *
 * @param editable the author may still change it (a draft, or changes requested)
 * @param report   the report's sections, null for a resource that is not an experience report
 * @param preview  the start of its extracted text, empty without a file
 */
public record ContributionPage(ResourceView resource, String statusLabel, boolean editable, MetadataForm form,
        ReportForm report, String preview, FormFeedback feedback) {
}
