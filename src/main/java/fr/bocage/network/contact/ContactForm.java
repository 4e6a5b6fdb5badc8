package fr.bocage.network.contact;

import fr.bocage.platform.web.FormFeedback;
import java.util.Map;

/**
 * What the contact form's fragment ({@code WEB-INF/views/network/contact/form.jspf}) shows, wherever it is included:
 * the including view sets {@code contact} to this record first (on /contact, {@code page.form}; on an actor's page,
 * its own field of this type).
 *
 * @param action    where the form posts: /contact, or /acteurs/{id}/contact
 * @param actorName the actor written to, or null for the network
 * @param token     the signed timestamp of the moment the form was shown
 * @param typed     what was typed, by field name, when the form comes back with errors
 * @param feedback  the refusal or the fields' errors
 * @param retentionDays how long the message is kept, which the consent names
 */
public record ContactForm(String action, String actorName, String token, Map<String, String> typed,
        FormFeedback feedback, int retentionDays) {

    public ContactForm {
        typed = typed == null ? Map.of() : Map.copyOf(typed);
        feedback = feedback == null ? FormFeedback.NONE : feedback;
    }
}
