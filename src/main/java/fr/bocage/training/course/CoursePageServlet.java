package fr.bocage.training.course;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.Routes;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.PortalForms;
import fr.bocage.search.FacetVocabulary;
import fr.bocage.training.TrainingAccess;
import fr.bocage.training.MaterialsSection;
import fr.bocage.training.TrainingMaterials;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A published course's page at /formations/{id} (a withdrawn one is gone, 410; anything else not found), and the
 * way to the trainers' forms, /formations/nouvelle and /formations/{id}/modifier.
 */
@WebServlet(Routes.COURSE + "*")
public class CoursePageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String NEW = "/nouvelle";
    private static final Pattern EDIT = Pattern.compile("/(\\d{1,18})/modifier");

    @Inject
    CourseRepository courses;

    @Inject
    ResourceRepository resources;

    @Inject
    FacetVocabulary vocabulary;

    @Inject
    CourseFormPages forms;

    @Inject
    TrainingMaterials materials;

    /** The path of one of the forms; {@code course} is null for a new one. */
    private record FormPath(Long course) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<FormPath> form = form(request);
        if (form.isPresent()) {
            forms.show(form.get().course(), request, response);
            return;
        }
        Optional<Long> id = PortalForms.id(request).filter(course -> courses.find(course).isPresent());
        Optional<Resource> found = PortalForms.shown(id, resources, request, response);
        if (found.isEmpty()) {
            return;
        }
        Resource resource = found.get();
        boolean editable = request.getUserPrincipal() != null
                && TrainingAccess.runs(resource, PortalForms.caller(request));
        MaterialsSection section = new MaterialsSection(resource.getId(),
                materials.of(resource.getId(), PortalForms.caller(request)), editable);
        CsrfToken.expose(request);
        Views.render("training/course", CoursePage.of(resource, courses.existing(resource.getId()), vocabulary,
                editable, section, Instant.now()), request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<FormPath> form = form(request);
        if (form.isEmpty()) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        forms.save(form.get().course(), request, response);
    }

    /** The form of the path, if it is one. */
    private static Optional<FormPath> form(HttpServletRequest request) {
        String path = request.getPathInfo();
        if (NEW.equals(path)) {
            return Optional.of(new FormPath(null));
        }
        Matcher edit = EDIT.matcher(path == null ? "" : path);
        return edit.matches() ? Optional.of(new FormPath(Long.parseLong(edit.group(1)))) : Optional.empty();
    }
}
