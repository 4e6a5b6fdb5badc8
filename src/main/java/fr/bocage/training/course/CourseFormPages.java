package fr.bocage.training.course;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceAccess;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceView;
import fr.bocage.catalog.Vocabularies;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Routes;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.MetadataForm;
import fr.bocage.portal.form.PortalForms;
import fr.bocage.training.TrainingAccess;
import fr.bocage.training.TrainingPortal;
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
 * The trainers' forms, {@code /formations/nouvelle} and {@code /formations/{id}/modifier}: for trainers,
 * moderators and administrators, a trainer's own courses only. What was typed stays on the page with the error.
 */
@ApplicationScoped
public class CourseFormPages {

    @Inject
    CourseService service;

    @Inject
    CourseRepository courses;

    @Inject
    ResourceRepository resources;

    @Inject
    Vocabularies vocabularies;

    @Inject
    Validator validator;


    /** @param id the course to edit; null for a new one */
    void show(Long id, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!signedInTrainer(request, response)) {
            return;
        }
        if (id == null) {
            render(MetadataForm.empty(vocabularies), CourseForm.empty(), null, FormFeedback.NONE, request, response);
            return;
        }
        Optional<DescribedCourse> course = runBy(id, request, response);
        if (course.isPresent()) {
            render(MetadataForm.of(ResourceView.of(course.get().resource()), vocabularies),
                    CourseForm.of(course.get().course()), course.get().resource(), FormFeedback.NONE, request,
                    response);
        }
    }

    /** @param id the course to change; null to create one */
    void save(Long id, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!signedInTrainer(request, response)) {
            return;
        }
        Optional<DescribedCourse> existing = Optional.empty();
        if (id != null) {
            existing = runBy(id, request, response);
            if (existing.isEmpty()) {
                return;
            }
        }
        try {
            CourseInput input = PortalForms.valid(CourseForm.read(request, PortalForms.metadata(request, validator)),
                    validator);
            String user = request.getUserPrincipal().getName();
            DescribedCourse saved = id == null ? service.create(input, user) : service.update(id, input, user);
            response.sendRedirect(Routes.course(saved.resource().getId()));
        } catch (DomainException | ConstraintViolationException e) {
            FormFeedback refusal = PortalForms.refusal(e, response, CourseForm.FIELDS);
            render(MetadataForm.typed(request.getParameterMap(), vocabularies), CourseForm.typed(request),
                    existing.map(DescribedCourse::resource).orElse(null), refusal, request, response);
        }
    }

    /**
     * A page of these forms needs an account that runs courses: without one, the login page (then back here), with
     * another role a 403. The paths hold an id, which a servlet's security constraint cannot express.
     */
    private static boolean signedInTrainer(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getUserPrincipal() == null && !request.authenticate(response)) {
            return false;
        }
        if (!TrainingPortal.trains(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return false;
        }
        return true;
    }

    /** The course, if the caller runs it: 404 for an unknown course (or one they may not see), 403 for another's. */
    private Optional<DescribedCourse> runBy(long id, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Caller caller = PortalForms.caller(request);
        Optional<Course> course = courses.find(id);
        Optional<Resource> resource = course.flatMap(c -> resources.find(id))
                .filter(r -> ResourceAccess.isVisible(r, caller));
        if (resource.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return Optional.empty();
        }
        if (!TrainingAccess.runs(resource.get(), caller)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return Optional.empty();
        }
        return Optional.of(new DescribedCourse(resource.get(), course.get()));
    }

    private static void render(MetadataForm metadata, CourseForm course, Resource editing, FormFeedback feedback,
            HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        CsrfToken.expose(request);
        Views.render("training/course-form", new CourseFormPage(metadata, course,
                editing == null ? null : editing.getId(), editing == null ? null : editing.getTitle(), feedback),
                request, response);
    }
}
