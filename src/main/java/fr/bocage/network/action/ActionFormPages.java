package fr.bocage.network.action;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceView;
import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.WorkflowAction;
import fr.bocage.catalog.WorkflowService;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.MetadataForm;
import fr.bocage.portal.form.PortalForms;
import fr.bocage.portal.form.ReportForm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Optional;

/**
 * The contributors' forms, {@code /actions/nouvelle} and {@code /actions/{id}/modifier}: for contributors,
 * moderators and administrators; an action is changed by whom the workflow lets edit it (its author while a draft or
 * asked for changes, a moderator). « Enregistrer et soumettre » saves, then submits it to the moderators. What was
 * typed stays on the page with the error, each message beside its field.
 */
@ApplicationScoped
public class ActionFormPages {

    @Inject
    ActionService service;

    @Inject
    ActionRepository actions;

    @Inject
    IndicatorRepository indicators;

    @Inject
    ResourceRepository resources;

    @Inject
    WorkflowService workflow;

    @Inject
    Vocabularies vocabularies;

    @Inject
    Validator validator;

    /** @param id the action to edit; null for a new one */
    void show(Long id, HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!signedInContributor(request, response)) {
            return;
        }
        if (id == null) {
            render(MetadataForm.empty(vocabularies), ReportForm.of(null), ActionForm.empty(indicators.all()), null,
                    FormFeedback.NONE, request, response);
            return;
        }
        Optional<DescribedAction> action = editable(id, request, response);
        if (action.isPresent()) {
            Resource resource = action.get().resource();
            render(MetadataForm.of(ResourceView.of(resource), vocabularies), ReportForm.of(resource.getReport()),
                    ActionForm.of(action.get().action(), indicators.all()), resource, FormFeedback.NONE, request,
                    response);
        }
    }

    /** @param id the action to change; null to create one */
    void save(Long id, HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!signedInContributor(request, response)) {
            return;
        }
        Optional<DescribedAction> existing = Optional.empty();
        if (id != null) {
            existing = editable(id, request, response);
            if (existing.isEmpty()) {
                return;
            }
        }
        Caller caller = PortalForms.caller(request);
        try {
            ActionInput input = PortalForms.valid(ActionForm.read(request, PortalForms.metadata(request, validator)),
                    validator);
            DescribedAction saved = id == null ? service.create(input, caller) : service.update(id, input, caller);
            long savedId = saved.resource().getId();
            if ("submit".equals(request.getParameter("action"))) {
                workflow.perform(savedId, WorkflowAction.SUBMIT, caller, null);
            }
            response.sendRedirect(ActionRoutes.action(savedId));
        } catch (DomainException | ConstraintViolationException e) {
            FormFeedback refusal = PortalForms.refusal(e, response, ActionForm.FIELDS);
            render(MetadataForm.typed(request.getParameterMap(), vocabularies), ReportForm.of(ReportForm.read(request)),
                    ActionForm.typed(request, indicators.all()), existing.map(DescribedAction::resource).orElse(null),
                    refusal, request, response);
        }
    }

    /** Any account that contributes: without one, the login page (then back here); with another role, a 403. */
    private static boolean signedInContributor(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getUserPrincipal() == null && !request.authenticate(response)) {
            return false;
        }
        if (!request.isUserInRole(Role.CONTRIBUTOR) && !request.isUserInRole(Role.MODERATOR)
                && !request.isUserInRole(Role.ADMIN)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return false;
        }
        return true;
    }

    /** The action, if the caller may change it now: 404 unknown or not theirs to see, 403 or 409 otherwise. */
    private Optional<DescribedAction> editable(long id, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<Action> action = actions.find(id);
        if (action.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return Optional.empty();
        }
        try {
            return Optional.of(new DescribedAction(resources.editableBy(id, PortalForms.caller(request)), action.get()));
        } catch (DomainException refused) {
            response.sendError(ErrorStatus.of(refused));
            return Optional.empty();
        }
    }

    private static void render(MetadataForm metadata, ReportForm report, ActionForm action, Resource editing,
            FormFeedback feedback, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        CsrfToken.expose(request);
        Views.render("network/action-form", new ActionFormPage(metadata, report, action,
                editing == null ? null : editing.getId(), editing == null ? null : editing.getTitle(), feedback),
                request, response);
    }
}
