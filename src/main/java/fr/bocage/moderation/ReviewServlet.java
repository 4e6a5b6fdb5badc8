package fr.bocage.moderation;

import fr.bocage.account.AccountRepository;
import fr.bocage.audit.AuditEvent;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceService;
import fr.bocage.catalog.ResourceStatus;
import fr.bocage.catalog.ResourceView;
import fr.bocage.catalog.ReviewedState;
import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.Workflow;
import fr.bocage.catalog.WorkflowAction;
import fr.bocage.catalog.WorkflowService;
import fr.bocage.ingest.IngestService;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.Confirmation;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Routes;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.UiText;
import fr.bocage.portal.form.MetadataForm;
import fr.bocage.portal.form.FormFields;
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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A contribution under review: its file and extracted text, its description to correct, the decisions its status
 * allows (each mailed to the contributor), and its history.
 */
@WebServlet(Routes.REVIEW + "*")
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.ADMIN, Role.MODERATOR}))
public class ReviewServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int PREVIEW_CHARS = 20_000;
    /** The query of the page after a save, and after a decision (with the decision's name). */
    private static final String SAVED = "enregistre";
    private static final String DECIDED = "decision";

    @Inject
    WorkflowService moderation;

    @Inject
    ResourceRepository resources;

    @Inject
    ResourceService service;

    @Inject
    IngestService ingest;

    @Inject
    Vocabularies vocabularies;

    @Inject
    Validator validator;

    @Inject
    AccountRepository accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<Resource> resource = reviewed(request, response);
        if (resource.isPresent()) {
            ResourceView view = ResourceView.of(resource.get());
            show(resource.get(), MetadataForm.of(view, vocabularies), ReportForm.of(view.report()), FormFeedback.NONE,
                    request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<Resource> resource = reviewed(request, response);
        if (resource.isEmpty()) {
            return;
        }
        long id = resource.get().getId();
        Caller caller = PortalForms.caller(request);
        String action = request.getParameter("action");
        try {
            // The description and the decision share one form: the corrections are kept first, whatever follows.
            Optional<WorkflowAction> decision = "save".equals(action) ? Optional.empty() : Optional.of(decision(action));
            PortalForms.saveDescription(resource.get(), request, service, validator);
            if (decision.isEmpty()) {
                response.sendRedirect(Routes.REVIEW + id + "?" + SAVED);
                return;
            }
            String message = request.getParameter("message-" + action);
            if (ModerationPages.needsConfirmation(decision.get()) && !Confirmation.given(request)) {
                // Its title as just corrected: the request's own reads may still hold the one it had.
                String title = moderation.check(id, decision.get(), caller, message).getTitle();
                Confirmation.ask("moderation.confirm." + action, title,
                        "moderation.action." + action, Routes.REVIEW + id, request, response);
                return;
            }
            moderation.perform(id, decision.get(), caller, message);
            response.sendRedirect(Routes.REVIEW + id + "?" + DECIDED + "=" + action);
        } catch (DomainException | ConstraintViolationException e) {
            // The decision's message is the API's "message" and, on this page, the field of its own action.
            String field = "message-" + action;
            FormFeedback refusal = PortalForms.refusal(e, response, FormFields.METADATA.then(List.of(field),
                    path -> "message".equals(path) ? field : path));
            Resource now = resources.existing(id);
            MetadataForm form = MetadataForm.typed(request.getParameterMap(), vocabularies);
            show(now, form, ReportForm.of(now.getReport()), refusal, request, response);
        }
    }

    /** A moderator's decision by its name in the form; a 400 for anything else. */
    private static WorkflowAction decision(String name) {
        return Arrays.stream(WorkflowAction.values())
                .filter(a -> a.isDecision() && ApiNames.of(a).equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInput(Messages.format("moderation.action.unknown", name)));
    }

    /** Any resource of the path: moderators review them all (the servlet admits only them). */
    private Optional<Resource> reviewed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return PortalForms.pathResource(request, response, resources, resource -> true);
    }

    private void show(Resource resource, MetadataForm form, ReportForm report, FormFeedback feedback,
            HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Caller caller = PortalForms.caller(request);
        ResourceView view = ResourceView.of(resource, caller);
        List<ModerationPages.Decision> decisions = Workflow.allowed(resource.getStatus(),
                Workflow.Actor.of(caller, resource)).stream()
                .filter(WorkflowAction::isDecision).map(ModerationPages.Decision::of).toList();
        List<AuditEvent> events = moderation.history(resource.getId());
        People people = People.of(Stream.concat(Stream.of(resource.getCreatedBy()), events.stream()
                .map(AuditEvent::getActor)).collect(Collectors.toSet()), accounts);
        Views.render("moderation/review", new ReviewPage(view, people.name(resource.getCreatedBy()),
                UiText.format("status." + view.status()), decisions, form, view.report() == null ? null : report,
                view.file() == null ? "" : ingest.textStart(view.file().sha256(), PREVIEW_CHARS),
                events.stream().map(e -> ModerationPages.HistoryRow.of(e, people)).toList(), feedback,
                outcome(resource, request), resource.getStatus() != ResourceStatus.SUBMITTED ? null
                        : ModerationPages.SinceReview.of(events, ReviewedState.of(resource, vocabularies), people)
                        .orElse(null)), request, response);
    }

    /** What the page says of the save or decision just made, with what to review next after a decision. */
    private ModerationPages.Outcome outcome(Resource resource, HttpServletRequest request) {
        if (!request.getMethod().equals("GET")) {
            return null;
        }
        String decided = request.getParameter(DECIDED);
        if (decided != null && Arrays.stream(WorkflowAction.values())
                .anyMatch(a -> a.isDecision() && ApiNames.of(a).equals(decided))) {
            return ModerationPages.Outcome.decided(decided, moderation.nextInQueue(resource.getId()));
        }
        return request.getParameter(SAVED) == null ? null : ModerationPages.Outcome.SAVED;
    }
}
