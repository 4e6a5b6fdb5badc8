package fr.bocage.platform.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The one way to confirm a destructive or irreversible action, with or without JavaScript. The form's button is
 * written with the {@code b:confirm-button} tag, which carries the question; {@code portal.js} asks it in a dialog and
 * adds {@value #FIELD}={@value #YES} to the post. Without the script the post arrives without that field, and the
 * servlet answers with {@link #ask}: a page that asks the question and posts the same fields again with it. The
 * servlet acts only on a post that carries it ({@link #given}), so a forged or hurried click never acts at once.
 */
public final class Confirmation {
    public static final String FIELD = "confirm";
    public static final String YES = "oui";
    /** The token is written by the confirmation page itself; the answer is what the page adds. */
    private static final Set<String> NOT_CARRIED = Set.of(FIELD, CsrfToken.FIELD);

    private Confirmation() {
    }

    public static boolean given(HttpServletRequest request) {
        return YES.equals(request.getParameter(FIELD));
    }

    /**
     * Answers with the confirmation page, which posts the request's fields again, to the same address, with the
     * confirmation.
     *
     * @param question a key of the portal's bundle with one parameter, {@code subject}
     * @param confirm  the key of the confirming button's label
     * @param cancel   where « Annuler » leads: the page the action came from
     */
    public static void ask(String question, String subject, String confirm, String cancel, HttpServletRequest request,
            HttpServletResponse response) throws ServletException, IOException {
        List<ConfirmationPage.Field> fields = request.getParameterMap().entrySet().stream()
                .filter(e -> !NOT_CARRIED.contains(e.getKey()))
                .flatMap(e -> Arrays.stream(e.getValue()).map(v -> new ConfirmationPage.Field(e.getKey(), v)))
                .toList();
        CsrfToken.expose(request);
        String query = request.getQueryString();
        String action = request.getRequestURI() + (query == null ? "" : "?" + query);
        Views.render("confirmation", new ConfirmationPage(question, subject, confirm, action, cancel, fields), request,
                response);
    }
}
