package fr.bocage.network.list;

import fr.bocage.platform.web.FormFeedback;
import java.util.List;
import java.util.Map;

/**
 * /reseaux/{slug}/liste: the form to write to the list, then its archive, newest first.
 *
 * @param typed      what was typed, when the form comes back with errors
 * @param moderated  whether members' messages wait for an animator
 * @param animates   whether the reader animates the network (a link to the waiting messages)
 * @param notice     « envoye », « attente » or « desabonne » after a redirect, else null
 */
public record ListPage(String slug, String networkName, List<ListMessageView> messages, Map<String, String> typed,
        FormFeedback feedback, boolean moderated, boolean animates, String notice, int maxAttachments,
        long maxMegabytes) {

    public ListPage {
        messages = List.copyOf(messages);
        typed = typed == null ? Map.of() : Map.copyOf(typed);
        feedback = feedback == null ? FormFeedback.NONE : feedback;
    }
}
