package fr.bocage.contribution;

import fr.bocage.catalog.ReportInput;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceService;
import fr.bocage.catalog.ResourceStatus;
import fr.bocage.catalog.Vocabularies;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Routes;
import fr.bocage.platform.web.Views;
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

/** A new experience report written on line, section by section; it starts as a draft of its author. */
@WebServlet(Routes.REPORT_FORM)
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER}))
public class ReportFormServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    ResourceService service;

    @Inject
    Vocabularies vocabularies;

    @Inject
    Validator validator;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        show(MetadataForm.empty(vocabularies), ReportForm.of(null), FormFeedback.NONE, request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String user = request.getUserPrincipal().getName();
        try {
            Resource created = service.createReport(
                    new ReportInput(PortalForms.metadata(request, validator), PortalForms.valid(ReportForm.read(request), validator)), user,
                    ResourceStatus.DRAFT);
            response.sendRedirect(Routes.MY_RESOURCE + created.getId());
        } catch (DomainException | ConstraintViolationException e) {
            FormFeedback refusal = PortalForms.refusal(e, response);
            show(MetadataForm.typed(request.getParameterMap(), vocabularies), ReportForm.of(ReportForm.read(request)),
                    refusal, request, response);
        }
    }

    private void show(MetadataForm form, ReportForm report, FormFeedback feedback, HttpServletRequest request,
            HttpServletResponse response) throws ServletException, IOException {
        Views.render("contribution/report", new ReportFormPage(form, report, feedback), request, response);
    }
}
