package fr.bocage.network.partnership;

import fr.bocage.platform.web.FormFeedback;
import fr.bocage.portal.form.MetadataForm;

/**
 * The moderators' partnership form, new or for a partnership to change.
 *
 * @param form the description's fields
 * @param partnership the partnership's own fields
 * @param editing the partnership's id; null for a new one
 * @param editingTitle its title; null for a new one
 */
public record PartnershipFormPage(MetadataForm form, PartnershipForm partnership, Long editing, String editingTitle,
        FormFeedback feedback) {
}
