package fr.bocage.moderation;

import fr.bocage.catalog.ResourceView;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.portal.form.MetadataForm;
import fr.bocage.portal.form.ReportForm;
import java.util.List;

/**
 * A contribution under review.
 *
 * @param owner     the account that uploaded it
 * @param decisions the decisions its status allows this moderator
 * @param report    the report's sections, null for a resource that is not an experience report
 * @param preview   the start of its extracted text, empty without a file
 * @param outcome   what the page says of the save or decision just made, null otherwise
 * @param since     what changed since the last request for changes, null when there was none to compare with
 */
public record ReviewPage(ResourceView resource, String owner, String statusLabel,
        List<ModerationPages.Decision> decisions, MetadataForm form, ReportForm report, String preview,
        List<ModerationPages.HistoryRow> history, FormFeedback feedback,
        ModerationPages.Outcome outcome, ModerationPages.SinceReview since) {
}
