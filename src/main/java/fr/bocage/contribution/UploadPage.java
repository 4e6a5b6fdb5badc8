package fr.bocage.contribution;

import fr.bocage.platform.web.FormFeedback;
import fr.bocage.portal.form.MetadataForm;

/** A new contribution's upload form, with its optional description. */
public record UploadPage(MetadataForm form, long maxMegabytes, FormFeedback feedback) {
}
