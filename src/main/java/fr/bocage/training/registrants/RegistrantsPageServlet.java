package fr.bocage.training.registrants;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.Confirmation;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Routes;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.PortalForms;
import fr.bocage.training.webinar.RegistrationService;
import fr.bocage.training.webinar.WebinarAccess;
import fr.bocage.training.webinar.WebinarRepository;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * A webinar's registrants, for its trainer and the administrators only (personal data): attendance to mark after
 * the event, a registration to erase on request, and the CSV export.
 */
@WebServlet(Routes.REGISTRANTS + "*")
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.ADMIN, Role.MODERATOR, Role.TRAINER}))
public class RegistrantsPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    WebinarRepository webinars;

    @Inject
    ResourceRepository resources;

    @Inject
    RegistrationList list;

    @Inject
    RegistrationService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<Resource> webinar = readable(request, response);
        if (webinar.isPresent()) {
            render(webinar.get(), FormFeedback.NONE, request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<Resource> webinar = readable(request, response);
        if (webinar.isEmpty()) {
            return;
        }
        long id = webinar.get().getId();
        try {
            long registration = Long.parseLong(request.getParameter("registration"));
            switch (String.valueOf(request.getParameter("action"))) {
                case "present" -> service.markAttendance(id, registration, true);
                case "absent" -> service.markAttendance(id, registration, false);
                case "erase" -> {
                    // Erasure cannot be undone: it waits for the confirmation, asked of a known registration only.
                    if (!Confirmation.given(request)) {
                        RegistrationView person = toErase(id, registration);
                        Confirmation.ask("registrants.erase.question", person.name() + " (" + person.email() + ")",
                                "registrants.erase.confirm", Routes.REGISTRANTS + id, request, response);
                        return;
                    }
                    service.erase(id, registration);
                }
                default -> throw new InvalidInput(Messages.get("webinar.registrants.action"));
            }
            response.sendRedirect(Routes.REGISTRANTS + id + "?fait");
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        } catch (DomainException refusal) {
            render(webinar.get(), PortalForms.refusal(refusal, response), request, response);
        }
    }

    /** The webinar of the path if the caller may read its registrants; otherwise 404 or 403 has been sent. */
    private Optional<Resource> readable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Resource> webinar = PortalForms.id(request).filter(id -> webinars.find(id).isPresent())
                .flatMap(resources::find);
        if (webinar.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (!WebinarAccess.readsRegistrants(webinar.get(), PortalForms.caller(request))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return Optional.empty();
        }
        return webinar;
    }

    /** The registration to erase, among the webinar's; 404 (NotFound) when it is not one of them. */
    private RegistrationView toErase(long webinarId, long registrationId) {
        return list.of(webinarId).stream().filter(r -> r.id() == registrationId).findFirst().orElseThrow(
                () -> new NotFound(Messages.format("webinar.registration.not-found", registrationId)));
    }

    private void render(Resource webinar, FormFeedback feedback, HttpServletRequest request,
            HttpServletResponse response) throws ServletException, IOException {
        CsrfToken.expose(request);
        Views.render("training/registrants", new RegistrantsPage(webinar.getId(), webinar.getTitle(),
                list.of(webinar.getId()), feedback), request, response);
    }
}
