package fr.bocage.network.news;

import fr.bocage.platform.web.FormFeedback;
import fr.bocage.portal.form.MetadataForm;

/**
 * The form to write a news item, or to change one.
 *
 * @param options the vocabularies' themes and territories, with the chosen ones
 * @param news the item's fields
 * @param editing the item's id; null for a new one
 * @param editingTitle its title; null for a new one
 * @param previewHtml the body as the page will show it (sanitised HTML), after « Prévisualiser »; null otherwise
 */
public record NewsFormPage(MetadataForm options, NewsForm news, Long editing, String editingTitle,
                           FormFeedback feedback, String previewHtml) {
}
