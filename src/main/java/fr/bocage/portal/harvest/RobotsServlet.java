package fr.bocage.portal.harvest;

import fr.bocage.platform.PublicUrl;
import fr.bocage.platform.web.Routes;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * {@value Routes#ROBOTS}: where the sitemap is, and what crawlers have no business in: the API, accounts and personal
 * spaces, contribution and moderation, forms and the pages behind a login (members, project spaces). Those answer
 * nothing private to a crawler anyway; this keeps them out of indexes and spares the server.
 */
@WebServlet(Routes.ROBOTS)
public class RobotsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Prefixes, and patterns with {@code *} (understood by the major crawlers, RFC 9309). */
    static final List<String> DISALLOWED = List.of(
            "/api/", "/admin", Routes.MY_SPACE, "/compte", Routes.CONTRIBUTE, Routes.MODERATION, Routes.LOGIN,
            Routes.LOGOUT, Routes.SIGN_UP, Routes.NEW_PASSWORD, Routes.FORGOTTEN_PASSWORD, Routes.NEW_VERSION,
            Routes.MATERIALS, Routes.REGISTRANTS, Routes.CANCELLATION, Routes.CONFIRMATION, Routes.NEW_WEBINAR,
            Routes.EDIT_WEBINAR, Routes.ALERTS, Routes.OAI, "/lettre/", "/projets/invitation/",
            "/projets-autodiagnostic", "/reseaux-liste", "/*/modifier", "/*/nouveau", "/*/nouvelle",
            "/projets/*/espace", "/projets/*/membres", "/reseaux/*/adhesion", "/reseaux/*/membres",
            "/reseaux/*/profil", "/reseaux/*/quitter");

    @Inject
    PublicUrl publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        StringBuilder rules = new StringBuilder("User-agent: *\n");
        DISALLOWED.forEach(path -> rules.append("Disallow: ").append(path).append('\n'));
        rules.append('\n').append("Sitemap: ").append(publicUrl.of(Routes.SITEMAP)).append('\n');
        response.getWriter().write(rules.toString());
    }
}
