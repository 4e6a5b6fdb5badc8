package fr.bocage.contribution;

import fr.bocage.catalog.ModerationContact;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceService;
import fr.bocage.catalog.ResourceStatus;
import fr.bocage.catalog.Vocabularies;
import fr.bocage.ingest.ContentStore;
import fr.bocage.ingest.IngestSettings;
import fr.bocage.ingest.StagedFile;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Routes;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.UiText;
import fr.bocage.portal.form.MetadataForm;
import fr.bocage.portal.form.PortalForms;
import fr.bocage.platform.security.Caller;
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

/**
 * A new contribution: upload a document. It becomes a draft, pre-described from what extraction found, which the
 * contributor then completes and submits on its page of their space.
 */
@WebServlet(Routes.CONTRIBUTE)
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER}))
@MultipartConfig(fileSizeThreshold = 1024 * 1024)
public class ContributeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    ResourceService service;

    @Inject
    ContentStore contents;

    @Inject
    IngestSettings settings;

    @Inject
    Vocabularies vocabularies;

    @Inject
    Validator validator;

    @Inject
    ModerationContact contact;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        show(MetadataForm.empty(vocabularies), FormFeedback.NONE, request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Caller caller = PortalForms.caller(request);
        long max = settings.maxUploadBytes();
        try {
            Resource created;
            try (StagedFile upload = PortalForms.stagedFile(request, contents, max)) {
                created = service.create(upload, PortalForms.metadata(request, validator), caller, ResourceStatus.DRAFT);
            }
            response.sendRedirect(Routes.MY_RESOURCE + created.getId());
        } catch (DomainException | ConstraintViolationException e) {
            FormFeedback refusal = PortalForms.refusal(e, response);
            show(MetadataForm.typed(request.getParameterMap(), vocabularies), refusal, request, response);
        }
    }

    private void show(MetadataForm form, FormFeedback feedback, HttpServletRequest request,
            HttpServletResponse response) throws ServletException, IOException {
        Views.render("contribution/upload", new UploadPage(form, settings.maxUploadBytes() / (1024 * 1024), feedback,
                contact.mailto(UiText.format("contribute.contact.subject"))),
                request, response);
    }
}
