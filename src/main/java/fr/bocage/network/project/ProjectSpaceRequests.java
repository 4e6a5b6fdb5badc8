package fr.bocage.network.project;

import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.VocabularyKind;
import fr.bocage.ingest.ContentStore;
import fr.bocage.ingest.IngestSettings;
import fr.bocage.ingest.StagedFile;
import fr.bocage.network.actor.ActorDirectory;
import fr.bocage.network.actor.Countries;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.FormFields;
import fr.bocage.portal.form.FormOption;
import fr.bocage.portal.form.PortalForms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The pages of a project's private side, which {@link ProjectServlet} hands over: the space
 * ({@code /projets/{slug}/espace}: members, shared documents and news, with their forms) and the members' page of
 * those who run it ({@code /projets/{slug}/membres}: invitations, removals). Each read and write asks
 * {@link ProjectStanding}; a form that fails comes back with what was typed and each error beside its field.
 */
@ApplicationScoped
public class ProjectSpaceRequests {
    static final String SPACE = "/espace";
    static final String MEMBERS = "/membres";
    /** The self-diagnosis of a project, its own feature: linked by its address only. */
    private static final String DIAGNOSIS = "/autodiagnostic";
    private static final String DONE = "fait";
    /** The value of the space's news form's choice « Pour tous, après relecture ». */
    private static final String EVERYBODY = "oui";
    private static final Set<String> SPACE_NOTICES = Set.of("document", "news", "submitted");
    private static final Set<String> MEMBERS_NOTICES = Set.of("invited", "cancelled", "removed");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    /** The document's title is not the news item's, on the same page. */
    private static final String DOCUMENT_TITLE = "documentTitle";
    private static final FormFields DOCUMENT_FIELDS = new FormFields(List.of(DOCUMENT_TITLE, "file"),
            path -> "title".equals(path) ? DOCUMENT_TITLE : path);
    /** The news form's fields: one theme, chosen in a list, named as the moderation's check names it. */
    private static final List<String> NEWS_FORM = List.of("title", "lead", "body", "forEverybody", "theme",
            "territory");
    private static final FormFields NEWS_FIELDS = new FormFields(NEWS_FORM,
            path -> path.startsWith("themes") ? "theme" : path);
    private static final FormFields INVITATION_FIELDS = new FormFields(InvitationInput.FIELDS,
            UnaryOperator.identity());

    @Inject
    ProjectSpace space;

    @Inject
    ProjectInvitations invitations;

    @Inject
    ProjectMembers members;

    @Inject
    ProjectViews views;

    @Inject
    ActorDirectory actors;

    @Inject
    ContentStore contents;

    @Inject
    IngestSettings settings;

    @Inject
    Validator validator;

    @Inject
    Vocabularies vocabularies;

    @Inject
    ProjectSpaceRequests self;

    void get(String slug, String part, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Caller caller = PortalForms.caller(request);
        try {
            String notice = Objects.requireNonNullElse(request.getParameter(DONE), "");
            if (SPACE.equals(part)) {
                renderSpace(self.space(slug, caller, SPACE_NOTICES.contains(notice) ? notice : null, null,
                        FormFeedback.NONE, Map.of()), request, response);
            } else {
                renderMembers(self.members(slug, caller, MEMBERS_NOTICES.contains(notice) ? notice : null,
                        FormFeedback.NONE, Map.of()), request, response);
            }
        } catch (DomainException refused) {
            response.sendError(ErrorStatus.of(refused));
        }
    }

    void post(String slug, String part, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Caller caller = PortalForms.caller(request);
        ProjectStanding standing;
        try {
            standing = space.entered(slug, caller);
            if (MEMBERS.equals(part) && !standing.runs()) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        } catch (DomainException refused) {
            response.sendError(ErrorStatus.of(refused));
            return;
        }
        String action = request.getParameter("action");
        Map<String, String> typed = new HashMap<>();
        try {
            String done = SPACE.equals(part) ? postSpace(standing, action, request, typed)
                    : postMembers(standing, action, request, typed);
            if (done == null) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            response.sendRedirect(ProjectView.PATH + slug + part + "?" + DONE + "=" + done);
        } catch (DomainException | ConstraintViolationException e) {
            if (SPACE.equals(part)) {
                FormFeedback feedback = PortalForms.refusal(e, response,
                        "news".equals(action) ? NEWS_FIELDS : DOCUMENT_FIELDS);
                renderSpace(self.space(slug, caller, null, action, feedback, typed), request, response);
            } else {
                FormFeedback feedback = PortalForms.refusal(e, response, INVITATION_FIELDS);
                renderMembers(self.members(slug, caller, null, feedback, typed), request, response);
            }
        }
    }

    /** What was done ({@code document}, {@code news}, {@code submitted}); null for an unknown action. */
    private String postSpace(ProjectStanding standing, String action, HttpServletRequest request,
            Map<String, String> typed) throws ServletException, IOException {
        if ("document".equals(action)) {
            typed.put(DOCUMENT_TITLE, request.getParameter(DOCUMENT_TITLE));
            DocumentInput input = PortalForms.valid(new DocumentInput(request.getParameter(DOCUMENT_TITLE)),
                    validator);
            try (StagedFile upload = PortalForms.stagedFile(request, contents, settings.maxUploadBytes())) {
                space.share(standing, upload, input);
            }
            return "document";
        } else if ("news".equals(action)) {
            NEWS_FORM.forEach(f -> typed.put(f, request.getParameter(f)));
            String theme = request.getParameter("theme");
            SpaceNewsInput input = PortalForms.valid(new SpaceNewsInput(request.getParameter("title"),
                    request.getParameter("lead"), request.getParameter("body"),
                    EVERYBODY.equals(request.getParameter("forEverybody")), theme == null ? null : List.of(theme),
                    request.getParameter("territory")), validator);
            return space.post(standing, input).resource().isPublished() ? "news" : "submitted";
        }
        return null;
    }

    /** What was done ({@code invited}, {@code cancelled}, {@code removed}); null for an unknown action. */
    private String postMembers(ProjectStanding standing, String action, HttpServletRequest request,
            Map<String, String> typed) {
        Project project = standing.project();
        if ("invite".equals(action)) {
            typed.put("email", request.getParameter("email"));
            typed.put(ProjectMembers.ORGANISATION, request.getParameter(ProjectMembers.ORGANISATION));
            Long organisation = number(request.getParameter(ProjectMembers.ORGANISATION)).orElse(null);
            invitations.invite(project, PortalForms.valid(new InvitationInput(request.getParameter("email"),
                    organisation), validator), standing.caller());
            return "invited";
        } else if ("cancel".equals(action)) {
            Optional<Long> id = number(request.getParameter("invitation"));
            if (id.isEmpty()) {
                return null;
            }
            invitations.cancel(project, id.get(), standing.caller());
            return "cancelled";
        } else if ("remove".equals(action) && request.getParameter("username") != null) {
            members.remove(project, request.getParameter("username"), standing.caller());
            return "removed";
        }
        return null;
    }

    @Transactional
    public ProjectSpacePage space(String slug, Caller caller, String notice, String form, FormFeedback feedback,
            Map<String, String> typed) {
        ProjectStanding standing = space.entered(slug, caller);
        Project project = standing.project();
        List<SharedItemView> shared = space.shared(project).stream().map(SharedItemView::of).toList();
        return new ProjectSpacePage(project.getSlug(), project.getTitle(), standing.runs(),
                options(VocabularyKind.THEME, typed.get("theme")),
                options(VocabularyKind.TERRITORY, typed.get("territory")),
                memberRows(project, standing.runs()),
                shared.stream().filter(s -> "document".equals(s.kind())).toList(),
                shared.stream().filter(s -> "news".equals(s.kind())).toList(),
                ProjectView.PATH + project.getSlug() + DIAGNOSIS, settings.maxUploadBytes() / (1024 * 1024), notice,
                form, feedback, typed);
    }

    @Transactional
    public ProjectMembersPage members(String slug, Caller caller, String notice, FormFeedback feedback,
            Map<String, String> typed) {
        ProjectStanding standing = space.entered(slug, caller);
        Project project = standing.project();
        List<ProjectInvitation> pending = invitations.pending(project, caller);
        Instant now = Instant.now();
        String chosen = typed.get(ProjectMembers.ORGANISATION);
        List<FormOption> organisations = views.of(project, caller).partners().stream()
                .map(p -> new FormOption(Long.toString(p.id()), p.name() + " (" + Countries.name(p.country()) + ")",
                        Long.toString(p.id()).equals(chosen))).toList();
        return new ProjectMembersPage(project.getSlug(), project.getTitle(), memberRows(project, true),
                pending.stream().map(i -> new ProjectMembersPage.InvitationRow(i.getId(), i.getEmail(),
                        invitations.organisationName(i.getActorId()), day(i.getExpiresAt()), i.isExpired(now)))
                        .toList(), organisations, notice, feedback, typed);
    }

    private List<FormOption> options(VocabularyKind kind, String chosen) {
        return vocabularies.terms(kind).stream()
                .map(t -> new FormOption(t.getCode(), t.getLabel(), t.getCode().equals(chosen))).toList();
    }

    private List<ProjectSpacePage.MemberRow> memberRows(Project project, boolean runs) {
        return space.members(project).stream().map(m -> new ProjectSpacePage.MemberRow(runs ? m.username() : null,
                m.name(), m.organisationName(), m.country() == null ? null : Countries.name(m.country()),
                day(m.joinedAt()))).toList();
    }

    private static String day(Instant instant) {
        return DAY.format(LocalDate.ofInstant(instant, ZONE));
    }

    private static Optional<Long> number(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void renderSpace(ProjectSpacePage page, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        CsrfToken.expose(request);
        Views.render("network/project-space", page, request, response);
    }

    private static void renderMembers(ProjectMembersPage page, HttpServletRequest request,
            HttpServletResponse response) throws ServletException, IOException {
        CsrfToken.expose(request);
        Views.render("network/project-members", page, request, response);
    }
}
