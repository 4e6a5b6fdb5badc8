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
import fr.bocage.event.registration.Registration;
import fr.bocage.event.registration.RegistrationService;
import fr.bocage.event.registration.RegistrationStatus;
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
import java.util.Optional;

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
        CancelPage page;
        try {
            Registration registration = registrations.withToken(token);
            EventKey event = registration.event();
            boolean confirmed = registration.getStatus() == RegistrationStatus.CONFIRMED;
            Optional<Webinar> webinar = webinars.find(event.resource()).filter(w -> event.session() == EventKey.WHOLE);
            page = webinar.isPresent()
                    ? new CancelPage(token, pages.card(resources.existing(event.resource()), webinar.get(),
                            Caller.ANONYMOUS, null), null, confirmed, confirmed
                            && !webinar.get().hasEnded(Instant.now()) ? webinar.get().getJoinUrl() : null, false,
                            FormFeedback.NONE)
                    : new CancelPage(token, null, EventHeading.of(registrations.event(event, false)), confirmed,
                            null, false, FormFeedback.NONE);
        } catch (DomainException e) {
            page = refused(token, e, response);
        }
        CsrfToken.expose(request);
        Views.render("training/cancel", page, request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String token = request.getParameter(TOKEN);
        CancelPage page;
        try {
            registrations.cancel(token);
            page = new CancelPage(token, null, null, false, null, true, FormFeedback.NONE);
        } catch (DomainException e) {
            page = refused(token, e, response);
        }
        Views.render("training/cancel", page, request, response);
    }

    private static CancelPage refused(String token, DomainException refusal, HttpServletResponse response) {
        return new CancelPage(token, null, null, false, null, false, PortalForms.refusal(refusal, response));
    }
}
