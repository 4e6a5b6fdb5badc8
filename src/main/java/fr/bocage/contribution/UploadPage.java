package fr.bocage.contribution;

import fr.bocage.platform.web.FormFeedback;
import fr.bocage.portal.form.MetadataForm;

/**
 * A new contribution's upload form, with its optional description.
 *
 * @param contact a mailto: link to the moderation team
 */
public record UploadPage(MetadataForm form, long maxMegabytes, FormFeedback feedback, String contact) {
}
