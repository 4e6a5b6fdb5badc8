package fr.bocage.portal;

import fr.bocage.platform.web.Routes;
import fr.bocage.platform.web.Views;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** Pages of text and links only: legal notice, accessibility statement, the network's hub. */
@WebServlet({Routes.ACCESSIBILITY, Routes.LEGAL_NOTICE, Routes.NETWORK_HUB})
public class InformationPages extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> VIEWS = Map.of(
            Routes.ACCESSIBILITY, "accessibility",
            Routes.LEGAL_NOTICE, "legal-notice",
            Routes.NETWORK_HUB, "network-hub");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Views.render(VIEWS.get(request.getServletPath()), new InformationPage(), request, response);
    }
}
