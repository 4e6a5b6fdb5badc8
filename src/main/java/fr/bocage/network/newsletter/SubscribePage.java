package fr.bocage.network.newsletter;

import fr.bocage.platform.web.FormFeedback;
import java.util.List;
import java.util.Map;

/**
 * The page /lettre/abonnement.
 *
 * @param token    the signed timestamp of the moment the form was shown
 * @param themes   the themes to choose from, code to label
 * @param chosen   the codes ticked (when the form comes back with errors)
 * @param email    the address typed, or given by the footer's form
 * @param feedback the refusal or the fields' errors
 */
public record SubscribePage(String token, Map<String, String> themes, List<String> chosen, String email,
        FormFeedback feedback) {
}
