package fr.bocage.training;

import fr.bocage.platform.web.ClientAddresses;
import fr.bocage.account.CurrentUser;
import fr.bocage.account.Role;
import fr.bocage.catalog.Caller;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceAccess;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceStatus;
import fr.bocage.contribution.PortalForms;
import fr.bocage.platform.ApiException;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.FormErrors;
import fr.bocage.portal.Views;
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
 * replay, the recap and the materials. Posting the form registers the visitor.
 */
@WebServlet(WebinarPage.PATH + "*")
public class WebinarPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    Webinars webinars;

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
            render(webinar.get(), Map.of(), request, response);
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
        Map<String, String> errors = FormErrors.of(validator, input);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            render(webinar.get(), errors, request, response);
            return;
        }
        try {
            RegistrationService.Outcome outcome = registrations.register(id, input,
                    clientAddresses.of(request));
            String query = outcome.registration().getStatus() == RegistrationStatus.CONFIRMED ? "?inscription=confirmee"
                    : "?inscription=attente&rang=" + outcome.position();
            response.sendRedirect(WebinarPage.PATH + id + query);
        } catch (ApiException refusal) {
            PortalForms.refuse(refusal, request, response);
            render(webinar.get(), Map.of(), request, response);
        }
    }

    /** The webinar of the path if the visitor may see it; otherwise 404 (410 once withdrawn) has been sent. */
    private Optional<ScheduledWebinar> shown(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Caller caller = PortalForms.caller(request);
        Optional<Resource> resource = PortalForms.id(request).flatMap(resources::find);
        if (resource.isPresent() && resource.get().getStatus() == ResourceStatus.WITHDRAWN
                && !ResourceAccess.isVisible(resource.get(), caller)) {
            response.sendError(HttpServletResponse.SC_GONE);
            return Optional.empty();
        }
        Optional<ScheduledWebinar> webinar = resource.filter(r -> ResourceAccess.isVisible(r, caller))
                .flatMap(r -> webinars.find(r.getId()).map(w -> new ScheduledWebinar(r, w)));
        if (webinar.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
        return webinar;
    }

    private void render(ScheduledWebinar webinar, Map<String, String> errors, HttpServletRequest request,
            HttpServletResponse response) throws ServletException, IOException {
        Caller caller = PortalForms.caller(request);
        Resource resource = webinar.resource();
        Optional<CurrentUser> user = TrainingPortal.user(request);
        request.setAttribute("webinar", pages.page(resource, webinar.webinar(), caller, user.orElse(null)));
        request.setAttribute("runsIt", WebinarAccess.runs(resource, caller));
        request.setAttribute("readsRegistrants",
                WebinarAccess.readsRegistrants(resource, request.isUserInRole(Role.ADMIN), caller));
        request.setAttribute("fieldErrors", errors);
        request.setAttribute("typed", typed(request, user));
        CsrfToken.expose(request);
        Views.render("training/webinar", request, response);
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
