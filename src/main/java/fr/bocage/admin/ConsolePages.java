package fr.bocage.admin;

import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.Views;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** What the console's pages share: their views, with the session's token for their action forms, and the 303. */
final class ConsolePages {
    /** The query parameter of the page an action leads back to, naming what was done for its confirmation. */
    static final String DONE = "fait";

    private ConsolePages() {
    }

    static void render(String view, Record page, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        CsrfToken.expose(request);
        Views.render("admin/" + view, page, request, response);
    }

    /** After an action, back to its page with a GET, which says what was done (a reload does not post again). */
    static void done(String page, String action, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", page + "?" + DONE + "=" + action);
    }

    /** The action named by the address, when it is one of the page's; null otherwise. */
    static String done(HttpServletRequest request, String... actions) {
        String asked = request.getParameter(DONE);
        for (String action : actions) {
            if (action.equals(asked)) {
                return action;
            }
        }
        return null;
    }
}
