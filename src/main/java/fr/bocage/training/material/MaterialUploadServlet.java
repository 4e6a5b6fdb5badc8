package fr.bocage.training.material;

import fr.bocage.catalog.MetadataInput;
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
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.List;

/**
 * A material (slides, handout) sent from a webinar's or course's page by those who run it: ingested like any
 * document, published at once, and back to the page, where it is listed.
 */
@WebServlet(Routes.MATERIALS + "*")
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.ADMIN, Role.MODERATOR, Role.TRAINER}))
@MultipartConfig(fileSizeThreshold = 1024 * 1024)
public class MaterialUploadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    ResourceService service;

    @Inject
    ContentStore contents;

    @Inject
    IngestSettings settings;

    @Inject
    ResourceRepository resources;

    @Inject
    Validator validator;

    @Inject
    TrainingPages trainings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Caller caller = PortalForms.caller(request);
        try {
            long parentId = PortalForms.id(request)
                    .orElseThrow(() -> new NotFound(Messages.get("contribution.not-found")));
            String title = request.getParameter("title");
            MetadataInput metadata = PortalForms.valid(new MetadataInput(title == null || title.isBlank() ? null
                    : title.strip(), null, null, List.of(), null, List.of(), null, null, null, null, List.of(), null,
                    List.of(), null), validator);
            Resource material;
            try (StagedFile upload = PortalForms.stagedFile(request, contents, settings.maxUploadBytes())) {
                material = service.createMaterial(parentId, upload, metadata, caller);
            }
            response.sendRedirect(parentPage(material.getPartOf()) + "?support=" + material.getId() + "#materials-title");
        } catch (DomainException | ConstraintViolationException e) {
            Views.render("contribution/refused", new RefusedPage(PortalForms.id(request).map(this::parentPage)
                    .orElse(Routes.COURSES), PortalForms.refusal(e, response)), request, response);
        }
    }

    private String parentPage(long id) {
        return resources.find(id).flatMap(trainings::pageOf).orElse(Routes.resource(id));
    }
}
