package fr.bocage.network.actor;

import fr.bocage.platform.web.FormFeedback;
import fr.bocage.portal.form.MetadataForm;

/**
 * The form to propose an actor, or to change one.
 *
 * @param form the description's fields (name, description, themes, territory)
 * @param actor the actor's own fields
 * @param editing the actor's id; null for a new one
 * @param editingTitle its name; null for a new one
 */
public record ActorFormPage(MetadataForm form, ActorForm actor, Long editing, String editingTitle,
                            FormFeedback feedback) {
}
