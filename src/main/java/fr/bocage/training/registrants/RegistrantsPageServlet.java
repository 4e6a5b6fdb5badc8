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
import fr.bocage.event.registration.EventKey;
import fr.bocage.event.registration.RegisteredEvent;
import fr.bocage.event.registration.RegistrationService;
import fr.bocage.training.webinar.WebinarAccess;
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
 * An event's registrants (a webinar's, or a course session's with {@code ?session=} its key), for its trainer and
 * the administrators only (personal data): attendance to mark after the event, a registration to erase on request,
 * and the CSV export.
 */
@WebServlet(Routes.REGISTRANTS + "*")
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.ADMIN, Role.MODERATOR, Role.TRAINER}))
public class RegistrantsPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    ResourceRepository resources;

    @Inject
    RegistrationList list;

    @Inject
    RegistrationService service;

    /** The event of the address and its resource. */
    private record Readable(Resource resource, RegisteredEvent event) {
        String url() {
            return RegistrantsPage.url(event.key());
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<Readable> event = readable(request, response);
        if (event.isPresent()) {
            render(event.get(), FormFeedback.NONE, request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<Readable> readable = readable(request, response);
        if (readable.isEmpty()) {
            return;
        }
        EventKey key = readable.get().event().key();
        try {
            long registration = Long.parseLong(request.getParameter("registration"));
            switch (String.valueOf(request.getParameter("action"))) {
                case "present" -> service.markAttendance(key, registration, true);
                case "absent" -> service.markAttendance(key, registration, false);
                case "erase" -> {
                    // Erasure cannot be undone: it waits for the confirmation, asked of a known registration only.
                    if (!Confirmation.given(request)) {
                        RegistrationView person = toErase(key, registration);
                        Confirmation.ask("registrants.erase.question", person.name() + " (" + person.email() + ")",
                                "registrants.erase.confirm", readable.get().url(), request, response);
                        return;
                    }
                    service.erase(key, registration);
                }
                default -> throw new InvalidInput(Messages.get("webinar.registrants.action"));
            }
            String url = readable.get().url();
            response.sendRedirect(url + (url.contains("?") ? "&" : "?") + "fait");
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        } catch (DomainException refusal) {
            render(readable.get(), PortalForms.refusal(refusal, response), request, response);
        }
    }

    /** The event of the path if the caller may read its registrants; otherwise 404 or 403 has been sent. */
    private Optional<Readable> readable(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<Readable> event = PortalForms.id(request).flatMap(resources::find).flatMap(resource -> key(
                resource.getId(), request.getParameter("session")).flatMap(key -> {
                    try {
                        return Optional.of(new Readable(resource, service.event(key, false)));
                    } catch (NotFound e) {
                        return Optional.empty();
                    }
                }));
        if (event.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (!WebinarAccess.readsRegistrants(event.get().resource(), PortalForms.caller(request))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return Optional.empty();
        }
        return event;
    }

    /** A webinar without {@code session}, a course session with its key; none for a key that is no number. */
    private static Optional<EventKey> key(long resource, String session) {
        if (session == null) {
            return Optional.of(EventKey.of(resource));
        }
        try {
            int key = Integer.parseInt(session);
            return key > 0 ? Optional.of(new EventKey(resource, key)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The registration to erase, among the event's; 404 (NotFound) when it is not one of them. */
    private RegistrationView toErase(EventKey key, long registrationId) {
        return list.of(key).stream().filter(r -> r.id() == registrationId).findFirst().orElseThrow(
                () -> new NotFound(Messages.format("webinar.registration.not-found", registrationId)));
    }

    private void render(Readable readable, FormFeedback feedback, HttpServletRequest request,
            HttpServletResponse response) throws ServletException, IOException {
        CsrfToken.expose(request);
        Views.render("training/registrants", RegistrantsPage.of(readable.event(), list.of(readable.event().key()),
                feedback), request, response);
    }
}
