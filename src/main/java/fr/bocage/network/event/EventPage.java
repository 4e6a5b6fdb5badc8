package fr.bocage.network.event;

import fr.bocage.event.material.MaterialsSection;
import fr.bocage.platform.web.FormFeedback;
import java.util.Map;

/**
 * An event's page, /agenda/{id}: when (in its zone, and the visitor's own time), where, its network, the programme,
 * the registration form until it starts; afterwards the link to « Revivre ce rendez-vous ». After the form, it says
 * whether the event went to moderation ({@code ?soumis=1}) or was saved as a draft ({@code ?enregistre=1}).
 *
 * @param editUrl the form's address, for who may change it now; null for others
 * @param submitUrl where « Soumettre à la modération » posts, for its author while it may be sent; null for others
 * @param typed what the registration form shows: what was just typed, or the signed-in person's name and address
 */
public record EventPage(EventCard event, MaterialsSection materials, boolean runsIt, Map<String, String> typed,
        FormFeedback feedback, String webcalUrl, String editUrl, String submitUrl) {
    /** The parameter of the page after « Enregistrer et soumettre ». */
    static final String SUBMITTED = "soumis";
    /** The parameter of the page after « Enregistrer le brouillon ». */
    static final String SAVED = "enregistre";
}
