package fr.bocage.training.registrants;

import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Routes;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.PortalForms;
import fr.bocage.event.registration.EventKey;
import fr.bocage.event.registration.RegistrationService;
import fr.bocage.training.webinar.WebinarPages;
import fr.bocage.training.webinar.WebinarRepository;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The page the link of a registration request's e-mail opens. Opening it only asks: mail scanners follow links, and
 * must not take a place for anyone. Confirming leads to the event's page (a webinar's, a course's), which says
 * whether a place was free.
 */
@WebServlet(Routes.CONFIRMATION)
public class ConfirmationServlet extends HttpServlet {
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
        ConfirmPage page;
        try {
            EventKey event = registrations.pending(token).event();
            page = webinars.find(event.resource()).filter(w -> event.session() == EventKey.WHOLE)
                    .map(w -> new ConfirmPage(token, pages.card(resources.existing(w.getId()), w, Caller.ANONYMOUS,
                            null), null, FormFeedback.NONE))
                    .orElseGet(() -> new ConfirmPage(token, null,
                            EventHeading.of(registrations.event(event, false)), FormFeedback.NONE));
        } catch (DomainException e) {
            page = new ConfirmPage(token, null, null, PortalForms.refusal(e, response));
        }
        CsrfToken.expose(request);
        Views.render("training/confirm", page, request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String token = request.getParameter(TOKEN);
        try {
            response.sendRedirect(registrations.confirm(token).page());
        } catch (DomainException e) {
            Views.render("training/confirm", new ConfirmPage(token, null, null, PortalForms.refusal(e, response)), request,
                    response);
        }
    }
}
