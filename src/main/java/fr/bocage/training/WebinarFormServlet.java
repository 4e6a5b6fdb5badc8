package fr.bocage.training;

import fr.bocage.account.Role;
import fr.bocage.catalog.Caller;
import fr.bocage.catalog.MetadataInput;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceView;
import fr.bocage.catalog.Vocabularies;
import fr.bocage.contribution.MetadataForm;
import fr.bocage.contribution.PortalForms;
import fr.bocage.platform.ApiException;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.portal.Views;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Optional;

/**
 * Scheduling a webinar (/webinaires/nouveau) and changing one (/webinaires/modifier/{id}): trainers their own,
 * moderators and administrators any. A refused form comes back with everything typed and the reason.
 */
@WebServlet({WebinarFormServlet.NEW, WebinarFormServlet.EDIT + "*"})
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.ADMIN, Role.MODERATOR, Role.TRAINER}))
public class WebinarFormServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String NEW = "/webinaires/nouveau";
    static final String EDIT = "/webinaires/modifier/";

    @Inject
    WebinarService service;

    @Inject
    Webinars webinars;

    @Inject
    ResourceRepository resources;

    @Inject
    Vocabularies vocabularies;

    @Inject
    Validator validator;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            Optional<Resource> existing = editing(request);
            request.setAttribute("form", existing.map(r -> MetadataForm.of(ResourceView.of(r), vocabularies))
                    .orElseGet(() -> MetadataForm.empty(vocabularies)));
            request.setAttribute("event", existing.map(r -> WebinarForm.of(webinars.existing(r.getId())))
                    .orElseGet(WebinarForm::empty));
            render(existing, request, response);
        } catch (ApiException e) {
            response.sendError(e.status().getStatusCode());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<Resource> existing;
        try {
            existing = editing(request);
        } catch (ApiException e) {
            response.sendError(e.status().getStatusCode());
            return;
        }
        String user = request.getUserPrincipal().getName();
        try {
            WebinarInput input = PortalForms.valid(read(request), validator);
            long id = existing.isPresent() ? service.update(existing.get().getId(), input, user).resource().getId()
                    : service.create(input, user).resource().getId();
            response.sendRedirect(WebinarPage.PATH + id + "?enregistre");
        } catch (ApiException | ConstraintViolationException refusal) {
            PortalForms.refuse(refusal, request, response);
            request.setAttribute("form", MetadataForm.typed(request.getParameterMap(), vocabularies));
            request.setAttribute("event", WebinarForm.typed(request));
            render(existing, request, response);
        }
    }

    /** The webinar of /webinaires/modifier/{id}, if the caller runs it; nothing for a new one. */
    private Optional<Resource> editing(HttpServletRequest request) {
        if (NEW.equals(request.getServletPath())) {
            return Optional.empty();
        }
        Caller caller = PortalForms.caller(request);
        long id = PortalForms.id(request).orElseThrow(() -> ApiException.notFound(""));
        webinars.existing(id);
        Resource resource = resources.visibleTo(id, caller);
        WebinarAccess.requireRunner(resource, caller);
        return Optional.of(resource);
    }

    private WebinarInput read(HttpServletRequest request) {
        MetadataInput metadata = PortalForms.metadata(request, validator);
        return new WebinarInput(metadata, request.getParameter("startsAt"), number(request, "durationMinutes"),
                WebinarForm.speakers(request), request.getParameter("series"), number(request, "capacity"),
                request.getParameter("joinUrl"), request.getParameter("replayUrl"), request.getParameter("recap"));
    }

    /** A number typed in the form; what is not a number is left out, so that its field's own message says why. */
    private static Integer number(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void render(Optional<Resource> existing, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute("editing", existing.orElse(null));
        request.setAttribute("action", existing.map(r -> EDIT + r.getId()).orElse(NEW));
        CsrfToken.expose(request);
        Views.render("training/webinar-form", request, response);
    }
}
