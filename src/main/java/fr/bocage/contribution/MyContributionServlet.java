package fr.bocage.contribution;

import fr.bocage.catalog.ModerationContact;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceService;
import fr.bocage.catalog.ResourceView;
import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.Workflow;
import fr.bocage.catalog.WorkflowAction;
import fr.bocage.catalog.WorkflowService;
import fr.bocage.ingest.IngestService;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Routes;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.UiText;
import fr.bocage.portal.form.MetadataForm;
import fr.bocage.portal.form.PortalForms;
import fr.bocage.portal.form.ReportForm;
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
 * One contribution in its author's space: what extraction found, the description to complete, and the way to
 * moderation. It can be changed while a draft or when changes were requested, and is read-only otherwise.
 */
@WebServlet(Routes.MY_RESOURCE + "*")
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER}))
public class MyContributionServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int PREVIEW_CHARS = 3000;

    @Inject
    ResourceRepository resources;

    @Inject
    ResourceService service;

    @Inject
    WorkflowService moderation;

    @Inject
    IngestService ingest;

    @Inject
    Vocabularies vocabularies;

    @Inject
    Validator validator;

    @Inject
    ModerationContact contact;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<Resource> resource = mine(request, response);
        if (resource.isEmpty()) {
            return;
        }
        ResourceView view = ResourceView.of(resource.get());
        show(resource.get(), MetadataForm.of(view, vocabularies), ReportForm.of(view.report()), FormFeedback.NONE,
                request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<Resource> resource = mine(request, response);
        if (resource.isEmpty()) {
            return;
        }
        Resource current = resource.get();
        if ("retract".equals(request.getParameter("action"))) {
            retract(current, request, response);
            return;
        }
        if (!editable(current, request)) {
            response.sendError(HttpServletResponse.SC_CONFLICT);
            return;
        }
        long id = current.getId();
        try {
            PortalForms.saveDescription(current, request, service, validator);
            if ("submit".equals(request.getParameter("action"))) {
                moderation.perform(id, WorkflowAction.SUBMIT, PortalForms.caller(request), null);
            }
            response.sendRedirect(Routes.MY_RESOURCE + id + "?enregistre");
        } catch (DomainException | ConstraintViolationException e) {
            FormFeedback refusal = PortalForms.refusal(e, response);
            show(resources.existing(id), MetadataForm.typed(request.getParameterMap(), vocabularies),
                    ReportForm.of(current.getReport() == null ? null : ReportForm.read(request)), refusal, request,
                    response);
        }
    }

    /** Takes a submission back to edit it: the page then shows it as a draft again. */
    private void retract(Resource resource, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            moderation.perform(resource.getId(), WorkflowAction.RETRACT, PortalForms.caller(request), null);
            response.sendRedirect(Routes.MY_RESOURCE + resource.getId() + "?repris");
        } catch (DomainException e) {
            ResourceView view = ResourceView.of(resource);
            show(resource, MetadataForm.of(view, vocabularies), ReportForm.of(view.report()),
                    PortalForms.refusal(e, response), request, response);
        }
    }

    private static boolean retractable(Resource resource, HttpServletRequest request) {
        return Workflow.verdict(resource.getStatus(), WorkflowAction.RETRACT,
                Workflow.Actor.of(PortalForms.caller(request), resource)) == Workflow.Verdict.ALLOWED;
    }

    private static boolean editable(Resource resource, HttpServletRequest request) {
        return Workflow.editVerdict(resource.getStatus(), Workflow.Actor.of(PortalForms.caller(request), resource))
                == Workflow.Verdict.ALLOWED;
    }

    /** The contribution of the path, if the person wrote it (or moderates); nothing for anybody else's. */
    private Optional<Resource> mine(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller = PortalForms.caller(request);
        return PortalForms.pathResource(request, response, resources, caller::ownsOrModerates);
    }

    private void show(Resource resource, MetadataForm form, ReportForm report, FormFeedback feedback,
            HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        ResourceView view = ResourceView.of(resource, PortalForms.caller(request));
        Views.render("contribution/edit", new ContributionPage(view, UiText.format("status." + view.status()),
                editable(resource, request), retractable(resource, request), form, view.report() == null ? null : report,
                view.file() == null ? "" : ingest.textStart(view.file().sha256(), PREVIEW_CHARS), feedback,
                contact.mailto(UiText.format("contribution.contact.subject", view.title()))),
                request, response);
    }
}
