package fr.bocage.training.webinar;

import fr.bocage.catalog.MetadataInput;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceView;
import fr.bocage.catalog.Vocabularies;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Routes;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.MetadataForm;
import fr.bocage.portal.form.PortalForms;
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
@WebServlet({Routes.NEW_WEBINAR, Routes.EDIT_WEBINAR + "*"})
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.ADMIN, Role.MODERATOR, Role.TRAINER}))
public class WebinarFormServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    WebinarService service;

    @Inject
    WebinarRepository webinars;

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
            render(existing, existing.map(r -> MetadataForm.of(ResourceView.of(r), vocabularies))
                    .orElseGet(() -> MetadataForm.empty(vocabularies)),
                    existing.map(r -> WebinarForm.of(webinars.existing(r.getId()))).orElseGet(WebinarForm::empty),
                    FormFeedback.NONE, request, response);
        } catch (DomainException e) {
            response.sendError(ErrorStatus.of(e));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<Resource> existing;
        try {
            existing = editing(request);
        } catch (DomainException e) {
            response.sendError(ErrorStatus.of(e));
            return;
        }
        String user = request.getUserPrincipal().getName();
        try {
            WebinarInput input = PortalForms.valid(read(request), validator);
            long id = existing.isPresent() ? service.update(existing.get().getId(), input, user).resource().getId()
                    : service.create(input, user).resource().getId();
            response.sendRedirect(Routes.webinar(id) + "?enregistre");
        } catch (DomainException | ConstraintViolationException refusal) {
            FormFeedback feedback = PortalForms.refusal(refusal, response, WebinarForm.FORM_FIELDS);
            render(existing, MetadataForm.typed(request.getParameterMap(), vocabularies), WebinarForm.typed(request),
                    feedback, request, response);
        }
    }

    /** The webinar of /webinaires/modifier/{id}, if the caller runs it; nothing for a new one. */
    private Optional<Resource> editing(HttpServletRequest request) {
        if (Routes.NEW_WEBINAR.equals(request.getServletPath())) {
            return Optional.empty();
        }
        Caller caller = PortalForms.caller(request);
        long id = PortalForms.id(request).orElseThrow(() -> new NotFound(""));
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

    private static void render(Optional<Resource> existing, MetadataForm form, WebinarForm event,
            FormFeedback feedback, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        CsrfToken.expose(request);
        Views.render("training/webinar-form", new WebinarFormPage(form, event,
                existing.map(Resource::getId).orElse(null), existing.map(Resource::getTitle).orElse(null),
                existing.map(r -> Routes.EDIT_WEBINAR + r.getId()).orElse(Routes.NEW_WEBINAR), feedback),
                request, response);
    }
}
