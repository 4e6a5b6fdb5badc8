package fr.bocage.network.list;

import fr.bocage.platform.web.FormFeedback;
import java.util.List;

/**
 * /reseaux/{slug}/liste/moderation: the messages waiting for an animator, and whether the list is moderated.
 *
 * @param notice « envoye », « refuse » or « reglage » after a decision, else null
 */
public record ListModerationPage(String slug, String networkName, List<ListMessageView> pending, boolean moderated,
        String notice, FormFeedback feedback) {

    public ListModerationPage {
        pending = List.copyOf(pending);
        feedback = feedback == null ? FormFeedback.NONE : feedback;
    }
}
