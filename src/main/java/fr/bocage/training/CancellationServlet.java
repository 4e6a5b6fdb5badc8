package fr.bocage.training;

import fr.bocage.catalog.Caller;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.contribution.PortalForms;
import fr.bocage.platform.ApiException;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.portal.Views;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;

/**
 * The page the personal link of a registration e-mail opens: the registration, the joining link once the place is
 * confirmed, and cancelling. Opening it only asks for confirmation: mail scanners follow links, and must not cancel
 * anyone's place.
 */
@WebServlet(CancellationServlet.PATH)
public class CancellationServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/webinaires/annulation";
    private static final String TOKEN = "jeton";

    @Inject
    RegistrationService registrations;

    @Inject
    ResourceRepository resources;

    @Inject
    Webinars webinars;

    @Inject
    WebinarPages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String token = request.getParameter(TOKEN);
        request.setAttribute("token", token);
        try {
            Registration registration = registrations.withToken(token);
            Webinar webinar = webinars.existing(registration.getWebinarId());
            request.setAttribute("webinar", pages.page(resources.existing(webinar.getId()), webinar, Caller.ANONYMOUS,
                    null));
            request.setAttribute("confirmed", registration.getStatus() == RegistrationStatus.CONFIRMED);
            request.setAttribute("joinUrl", registration.getStatus() == RegistrationStatus.CONFIRMED
                    && !webinar.hasEnded(Instant.now()) ? webinar.getJoinUrl() : null);
        } catch (ApiException e) {
            PortalForms.refuse(e, request, response);
        }
        CsrfToken.expose(request);
        Views.render("training/cancel", request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            registrations.cancel(request.getParameter(TOKEN));
            request.setAttribute("cancelled", Boolean.TRUE);
        } catch (ApiException e) {
            PortalForms.refuse(e, request, response);
        }
        Views.render("training/cancel", request, response);
    }
}
