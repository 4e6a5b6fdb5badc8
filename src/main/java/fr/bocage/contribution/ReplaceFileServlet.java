package fr.bocage.contribution;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceService;
import fr.bocage.ingest.ContentStore;
import fr.bocage.ingest.IngestSettings;
import fr.bocage.ingest.StagedFile;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.LocalPath;
import fr.bocage.platform.web.Routes;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.PortalForms;
import fr.bocage.portal.form.RefusedPage;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A new file for a resource, from the contribution page (its author, while it may be edited) or the review page (a
 * moderator, at any time): the replaced file stays downloadable as an earlier version, search reads the new one.
 */
@WebServlet(Routes.NEW_VERSION + "*")
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER}))
@MultipartConfig(fileSizeThreshold = 1024 * 1024)
public class ReplaceFileServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    ResourceRepository resources;

    @Inject
    ResourceService service;

    @Inject
    ContentStore contents;

    @Inject
    IngestSettings settings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Caller caller = PortalForms.caller(request);
        long max = settings.maxUploadBytes();
        try {
            Resource resource = resources.editableBy(PortalForms.id(request)
                    .orElseThrow(() -> new NotFound(Messages.get("contribution.not-found"))), caller);
            try (StagedFile upload = PortalForms.stagedFile(request, contents, max)) {
                service.replaceFile(resource.getId(), upload, caller);
            }
            response.sendRedirect(LocalPath.orElse(request.getParameter("retour"),
                    Routes.MY_RESOURCE + resource.getId()) + "?nouvelle-version");
        } catch (DomainException e) {
            Views.render("contribution/refused", new RefusedPage(LocalPath.orElse(request.getParameter("retour"),
                    Routes.MY_SPACE), PortalForms.refusal(e, response)), request, response);
        }
    }
}
