package fr.bocage.network.project;

import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.PortalForms;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The projects' pages: the list {@code /projets} (filters country and period), a project's page
 * {@code /projets/{slug}}, and the form {@code /projets/nouveau}, {@code /projets/{slug}/modifier}; its private
 * space and members' page ({@code /espace}, {@code /membres}) are {@link ProjectSpaceRequests}'. What was typed
 * stays on the form with the errors, each beside its field.
 */
@WebServlet({ProjectServlet.LIST, ProjectServlet.LIST + "/*"})
@MultipartConfig(fileSizeThreshold = 1024 * 1024)
public class ProjectServlet extends HttpServlet {
    static final String LIST = "/projets";
    private static final long serialVersionUID = 1L;
    private static final String NEW = "/nouveau";
    private static final String EDIT = "/modifier";
    private static final Pattern PATH = Pattern.compile("/([a-z0-9]+(?:-[a-z0-9]+)*)(/modifier|/espace|/membres)?");

    @Inject
    ProjectPages pages;

    @Inject
    ProjectSpaceRequests space;

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectService service;

    @Inject
    Validator validator;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        Caller caller = PortalForms.caller(request);
        try {
            if (path == null || path.equals("/")) {
                ProjectFilter filter;
                try {
                    filter = ProjectFilter.of(request.getParameter("country"), request.getParameter("period"));
                } catch (InvalidInput unknown) {
                    filter = ProjectFilter.NONE;
                }
                Views.render("network/projects", pages.list(filter, caller), request, response);
            } else if (path.equals(NEW)) {
                if (mayCreate(request, response)) {
                    render(ProjectForm.empty(), null, null, FormFeedback.NONE, request, response);
                }
            } else {
                Matcher matched = PATH.matcher(path);
                if (!matched.matches() || matched.group(1).length() > 80) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                } else if (matched.group(2) == null) {
                    Views.render("network/project", pages.page(matched.group(1), caller), request, response);
                } else if (!EDIT.equals(matched.group(2))) {
                    if (signedIn(request, response)) {
                        space.get(matched.group(1), matched.group(2), request, response);
                    }
                } else if (signedIn(request, response)) {
                    Project project = projects.editableBy(matched.group(1), PortalForms.caller(request));
                    render(ProjectForm.of(project), project.getSlug(), project.getTitle(), FormFeedback.NONE, request,
                            response);
                }
            }
        } catch (DomainException refused) {
            response.sendError(ErrorStatus.of(refused));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        Matcher matched = PATH.matcher(path == null ? "" : path);
        boolean creating = NEW.equals(path);
        if (!creating && (!matched.matches() || matched.group(2) == null || matched.group(1).length() > 80)) {
            response.sendError(path != null && PATH.matcher(path).matches() ? HttpServletResponse.SC_METHOD_NOT_ALLOWED
                    : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (creating ? !mayCreate(request, response) : !signedIn(request, response)) {
            return;
        }
        if (!creating && !EDIT.equals(matched.group(2))) {
            space.post(matched.group(1), matched.group(2), request, response);
            return;
        }
        Caller caller = PortalForms.caller(request);
        String slug = creating ? null : matched.group(1);
        String title = null;
        try {
            if (!creating) {
                title = projects.editableBy(slug, caller).getTitle();
            }
            ProjectInput input = PortalForms.valid(ProjectForm.read(request, slug), validator);
            Project saved = creating ? service.create(input, caller) : service.update(slug, input, caller);
            response.sendRedirect(ProjectView.PATH + saved.getSlug());
        } catch (DomainException | ConstraintViolationException e) {
            if (!creating && title == null && e instanceof DomainException refused) {
                response.sendError(ErrorStatus.of(refused));
                return;
            }
            render(ProjectForm.typed(request), slug, title, PortalForms.refusal(e, response, ProjectForm.FIELDS),
                    request, response);
        }
    }

    /** Without an account, the login page (then back here). */
    private static boolean signedIn(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        return request.getUserPrincipal() != null || request.authenticate(response);
    }

    private static boolean mayCreate(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!signedIn(request, response)) {
            return false;
        }
        if (!ProjectAccess.mayCreate(PortalForms.caller(request))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return false;
        }
        return true;
    }

    private static void render(ProjectForm form, String editing, String editingTitle, FormFeedback feedback,
            HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        CsrfToken.expose(request);
        Views.render("network/project-form", new ProjectFormPage(form, editing, editingTitle, feedback), request,
                response);
    }
}
