package fr.bocage.training.webinar;

import fr.bocage.account.CurrentUser;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.PublicUrl;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.web.ClientAddresses;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.FormErrors;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Routes;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.PortalForms;
import fr.bocage.event.material.MaterialsSection;
import fr.bocage.training.TrainingPortal;
import fr.bocage.event.registration.EventKey;
import fr.bocage.event.registration.RegistrationInput;
import fr.bocage.event.registration.RegistrationService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * A webinar's page, /webinaires/{id}: when, who, what; the registration form until it starts; afterwards the
 * replay, the recap and the materials. Posting the form asks for a registration: the page then says that an
 * e-mail is on its way, whether the address was registered before or not.
 */
@WebServlet(Routes.WEBINAR + "*")
public class WebinarPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The id of the notice that answers a registration, at the head of the page. */
    private static final String REGISTRATION_STATE = "inscription-etat";

    @Inject
    PublicUrl publicUrl;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    WebinarRepository webinars;

    @Inject
    ResourceRepository resources;

    @Inject
    WebinarPages pages;

    @Inject
    RegistrationService registrations;

    @Inject
    Validator validator;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<ScheduledWebinar> webinar = shown(request, response);
        if (webinar.isPresent()) {
            render(webinar.get(), FormFeedback.NONE, request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<ScheduledWebinar> webinar = shown(request, response);
        if (webinar.isEmpty()) {
            return;
        }
        long id = webinar.get().resource().getId();
        RegistrationInput input = new RegistrationInput(request.getParameter("name"), request.getParameter("email"),
                request.getParameter("organisation"), request.getParameter("consent") != null);
        Map<String, String> errors = FormErrors.of(validator, input, RegistrationInput.FIELDS);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            render(webinar.get(), FormFeedback.fields(errors), request, response);
            return;
        }
        try {
            Optional<RegistrationService.Outcome> outcome = registrations.register(EventKey.of(id), input,
                    clientAddresses.of(request));
            // The form is posted to its own anchor, which a redirect would keep: the answer's notice takes its place.
            response.sendRedirect(outcome.map(RegistrationService.Outcome::page)
                    .orElse(Routes.webinar(id) + "?inscription=demandee") + "#" + REGISTRATION_STATE);
        } catch (DomainException refusal) {
            render(webinar.get(), PortalForms.refusal(refusal, response), request, response);
        }
    }

    /** The webinar of the path if the visitor may see it; otherwise 404 (410 once withdrawn) has been sent. */
    private Optional<ScheduledWebinar> shown(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<Long> id = PortalForms.id(request).filter(webinar -> webinars.find(webinar).isPresent());
        return PortalForms.shown(id, resources, request, response)
                .map(r -> new ScheduledWebinar(r, webinars.existing(r.getId())));
    }

    private void render(ScheduledWebinar webinar, FormFeedback feedback, HttpServletRequest request,
            HttpServletResponse response) throws ServletException, IOException {
        Caller caller = PortalForms.caller(request);
        Resource resource = webinar.resource();
        Optional<CurrentUser> user = TrainingPortal.user(request);
        WebinarCard card = pages.card(resource, webinar.webinar(), caller, user.orElse(null));
        boolean runsIt = WebinarAccess.runs(resource, caller);
        MaterialsSection materials = new MaterialsSection(card.id(), card.materials(), runsIt);
        CsrfToken.expose(request);
        Views.render("training/webinar", new WebinarPage(card, materials, runsIt,
                WebinarAccess.readsRegistrants(resource, caller), typed(request, user), feedback,
                publicUrl.webcal(card.icsUrl())), request, response);
    }

    /** What the form shows: what was just typed, or the signed-in person's name and address. */
    private static Map<String, String> typed(HttpServletRequest request, Optional<CurrentUser> user) {
        if ("POST".equals(request.getMethod())) {
            return Map.of("name", orEmpty(request.getParameter("name")), "email", orEmpty(request.getParameter("email")),
                    "organisation", orEmpty(request.getParameter("organisation")));
        }
        return user.map(u -> Map.of("name", orEmpty(u.getName()), "email", orEmpty(u.getEmail()), "organisation", ""))
                .orElse(Map.of());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
