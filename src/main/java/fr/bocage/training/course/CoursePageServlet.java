package fr.bocage.training.course;

import fr.bocage.account.CurrentUser;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.ClientAddresses;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.FormErrors;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Routes;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.PortalForms;
import fr.bocage.search.FacetVocabulary;
import fr.bocage.event.material.MaterialsSection;
import fr.bocage.training.TrainingAccess;
import fr.bocage.event.material.EventMaterials;
import fr.bocage.training.TrainingPortal;
import fr.bocage.event.registration.EventKey;
import fr.bocage.event.registration.RegistrationInput;
import fr.bocage.event.registration.RegistrationRepository;
import fr.bocage.event.registration.RegistrationService;
import fr.bocage.event.registration.RegistrationStatus;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A published course's page at /formations/{id} (a withdrawn one is gone, 410; anything else not found), with the
 * sign-up to its sessions posted to it, and the way to the trainers' forms, /formations/nouvelle and
 * /formations/{id}/modifier.
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
    EventMaterials materials;

    @Inject
    RegistrationService registrations;

    @Inject
    RegistrationRepository registered;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    Validator validator;

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
        Optional<Resource> found = shown(request, response);
        if (found.isPresent()) {
            render(found.get(), new CourseSignUp.Form(typed(request, TrainingPortal.user(request)),
                    session(request.getParameter("session")), FormFeedback.NONE), request, response);
        }
    }

    /** The course of the path if the visitor may see it; otherwise 404 (410 once withdrawn) has been sent. */
    private Optional<Resource> shown(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> id = PortalForms.id(request).filter(course -> courses.find(course).isPresent());
        return PortalForms.shown(id, resources, request, response);
    }

    private void render(Resource resource, CourseSignUp.Form signUp, HttpServletRequest request,
            HttpServletResponse response) throws ServletException, IOException {
        Caller caller = PortalForms.caller(request);
        boolean editable = request.getUserPrincipal() != null && TrainingAccess.runs(resource, caller);
        MaterialsSection section = new MaterialsSection(resource.getId(), materials.of(resource.getId(), caller),
                editable);
        Course course = courses.existing(resource.getId());
        Map<Integer, Long> confirmed = new HashMap<>();
        course.getSessions().forEach(s -> confirmed.put(s.getKey(), registered.count(
                new EventKey(course.getId(), s.getKey()), RegistrationStatus.CONFIRMED)));
        // Registrants' personal data are for the course's own trainer and the administrators, as a webinar's.
        boolean registrants = caller.admin() || caller.has(Role.TRAINER) && caller.owns(resource);
        CsrfToken.expose(request);
        Views.render("training/course", CoursePage.of(resource, course, vocabulary, editable, section, Instant.now(),
                confirmed, registrants, signUp), request, response);
    }

    /**
     * Signing up to a session: checked like a webinar's registration (per-field errors), then asked of the engine,
     * which e-mails the link that confirms it; the page then says so at its notice.
     */
    private void signUp(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<Resource> found = shown(request, response);
        if (found.isEmpty()) {
            return;
        }
        Resource resource = found.get();
        Course course = courses.existing(resource.getId());
        Integer session = session(request.getParameter("session"));
        RegistrationInput input = new RegistrationInput(request.getParameter("name"), request.getParameter("email"),
                request.getParameter("organisation"), request.getParameter("consent") != null);
        Map<String, String> errors = new LinkedHashMap<>();
        if (session == null || course.sessionByKey(session).filter(s -> s.getStartsAt().isAfter(Instant.now()))
                .isEmpty()) {
            errors.put("session", Messages.get("course.signup.session.required"));
        }
        errors.putAll(FormErrors.of(validator, input, RegistrationInput.FIELDS));
        CourseSignUp.Form typed = new CourseSignUp.Form(typed(request, Optional.empty()), session,
                FormFeedback.NONE);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            render(resource, new CourseSignUp.Form(typed.typed(), session, FormFeedback.fields(errors)), request,
                    response);
            return;
        }
        try {
            Optional<RegistrationService.Outcome> outcome = registrations.register(
                    new EventKey(resource.getId(), session), input, clientAddresses.of(request));
            response.sendRedirect(outcome.map(RegistrationService.Outcome::page)
                    .orElse(Routes.course(resource.getId()) + "?inscription=demandee&session=" + session)
                    + "#inscription-etat");
        } catch (DomainException refusal) {
            render(resource, new CourseSignUp.Form(typed.typed(), session, PortalForms.refusal(refusal, response)),
                    request, response);
        }
    }

    /** What the form shows: what was just typed, or the signed-in person's name and address. */
    private static Map<String, String> typed(HttpServletRequest request, Optional<CurrentUser> user) {
        if ("POST".equals(request.getMethod())) {
            return Map.of("name", orEmpty(request.getParameter("name")), "email",
                    orEmpty(request.getParameter("email")), "organisation",
                    orEmpty(request.getParameter("organisation")));
        }
        return user.map(u -> Map.of("name", orEmpty(u.getName()), "email", orEmpty(u.getEmail()), "organisation", ""))
                .orElse(Map.of());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** A session's key as sent; null for none or anything that is no key. */
    private static Integer session(String key) {
        try {
            return key == null ? null : Integer.valueOf(key.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<FormPath> form = form(request);
        if (form.isEmpty()) {
            signUp(request, response);
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
