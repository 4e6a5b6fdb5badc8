package fr.bocage.training.registrants;

import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.Routes;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.PortalForms;
import fr.bocage.training.webinar.Registration;
import fr.bocage.training.webinar.RegistrationService;
import fr.bocage.training.webinar.RegistrationStatus;
import fr.bocage.training.webinar.Webinar;
import fr.bocage.training.webinar.WebinarPages;
import fr.bocage.training.webinar.WebinarRepository;
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
@WebServlet(Routes.CANCELLATION)
public class CancellationServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String TOKEN = "jeton";

    @Inject
    RegistrationService registrations;

    @Inject
    ResourceRepository resources;

    @Inject
    WebinarRepository webinars;

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
        } catch (DomainException e) {
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
        } catch (DomainException e) {
            PortalForms.refuse(e, request, response);
        }
        Views.render("training/cancel", request, response);
    }
}
