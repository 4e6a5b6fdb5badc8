package fr.bocage.contribution;

import fr.bocage.account.Role;
import fr.bocage.catalog.ReportInput;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceService;
import fr.bocage.catalog.ResourceStatus;
import fr.bocage.catalog.ResourceView;
import fr.bocage.catalog.Vocabularies;
import fr.bocage.ingest.IngestService;
import fr.bocage.portal.UiText;
import fr.bocage.portal.Views;
import fr.bocage.platform.ApiException;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * One contribution in its author's space: what extraction found, the description to complete, and the way to
 * moderation. It can be changed while a draft or when changes were requested, and is read-only otherwise.
 */
@WebServlet(MyContributionServlet.PATH + "*")
public class MyContributionServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/mon-espace/ressources/";
    private static final int PREVIEW_CHARS = 3000;
    private static final Set<ResourceStatus> EDITABLE = Set.of(ResourceStatus.DRAFT, ResourceStatus.CHANGES_REQUESTED);

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

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String user = PortalForms.signedIn(request, response);
        if (user == null) {
            return;
        }
        Optional<Resource> resource = mine(request, user);
        if (resource.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ResourceView view = ResourceView.of(resource.get());
        show(resource.get(), MetadataForm.of(view, vocabularies), ReportForm.of(view.report()), request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String user = PortalForms.signedIn(request, response);
        if (user == null) {
            return;
        }
        Optional<Resource> resource = mine(request, user);
        if (resource.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Resource current = resource.get();
        if (!EDITABLE.contains(current.getStatus())) {
            response.sendError(HttpServletResponse.SC_CONFLICT);
            return;
        }
        long id = current.getId();
        try {
            if (current.getReport() != null) {
                service.rewriteReport(id, new ReportInput(PortalForms.metadata(request, validator), PortalForms.valid(ReportForm.read(request), validator)));
            } else {
                service.describe(id, PortalForms.metadata(request, validator));
            }
            if ("submit".equals(request.getParameter("action"))) {
                service.submit(id, user);
            }
            response.sendRedirect(PATH + id + "?enregistre");
        } catch (ApiException | ConstraintViolationException e) {
            PortalForms.refuse(e, request, response);
            show(current, MetadataForm.typed(request.getParameterMap(), vocabularies),
                    ReportForm.of(current.getReport() == null ? null : ReportForm.read(request)), request, response);
        }
    }

    /** The contribution of the path, if the person wrote it (or moderates); nothing for anybody else's. */
    private Optional<Resource> mine(HttpServletRequest request, String user) {
        String path = request.getPathInfo();
        if (path == null || !path.matches("/\\d{1,18}")) {
            return Optional.empty();
        }
        boolean staff = request.isUserInRole(Role.ADMIN) || request.isUserInRole(Role.MODERATOR);
        return resources.find(Long.parseLong(path.substring(1)))
                .filter(r -> staff || user.equals(r.getCreatedBy()));
    }

    private void show(Resource resource, MetadataForm form, ReportForm report, HttpServletRequest request,
            HttpServletResponse response) throws ServletException, IOException {
        ResourceView view = ResourceView.of(resource);
        request.setAttribute("resource", view);
        request.setAttribute("statusLabel", UiText.format("status." + view.status()));
        request.setAttribute("editable", EDITABLE.contains(resource.getStatus()));
        request.setAttribute("form", form);
        request.setAttribute("report", view.report() == null ? null : report);
        request.setAttribute("preview", view.file() == null ? "" : ingest.textStart(view.file().sha256(), PREVIEW_CHARS));
        Views.render("contribution/edit", request, response);
    }
}
