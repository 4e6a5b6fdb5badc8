package fr.bocage.contribution;

import fr.bocage.catalog.ResourceView;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.portal.form.MetadataForm;
import fr.bocage.portal.form.ReportForm;

/**
 * One contribution in its author's space.
 *
 * @param editable the author may still change it (a draft, or changes requested)
 * @param retractable the author may take it back from moderation, to change it
 * @param report   the report's sections, null for a resource that is not an experience report
 * @param preview  the start of its extracted text, empty without a file
 * @param contact  a mailto: link to the moderation team about it
 */
public record ContributionPage(ResourceView resource, String statusLabel, boolean editable,
        boolean retractable, MetadataForm form,
        ReportForm report, String preview, FormFeedback feedback, String contact) {
}
