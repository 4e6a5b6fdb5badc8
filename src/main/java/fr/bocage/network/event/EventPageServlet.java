package fr.bocage.network.event;

import fr.bocage.account.CurrentUser;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.Workflow;
import fr.bocage.catalog.WorkflowAction;
import fr.bocage.event.calendar.EventCalendar;
import fr.bocage.event.material.MaterialsSection;
import fr.bocage.event.registration.EventKey;
import fr.bocage.event.registration.RegistrationInput;
import fr.bocage.event.registration.RegistrationService;
import fr.bocage.platform.PublicUrl;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.web.ClientAddresses;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.FormErrors;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.PortalForms;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event's pages: /agenda/{id} (when, where, programme, the registration form until it starts), its calendar
 * entry /agenda/{id}.ics, and « Revivre ce rendez-vous », /agenda/{id}/revivre; the forms that propose one,
 * /agenda/proposer, and change it, /agenda/{id}/modifier ({@link EventFormPages}), and sends a draft to moderation,
 * /agenda/{id}/soumettre (its author, from the page, as a news draft is). Posting the form asks for a
 * registration through the shared engine: the page then says that an e-mail is on its way, whether the address was
 * registered before or not. Anything the visitor may not see answers 404 (410 once withdrawn).
 */
@WebServlet(AgendaRoutes.AGENDA + "/*")
public class EventPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})(\\.ics|/revivre|/modifier|/soumettre)?");
    /** The path of the form that proposes an event, under /agenda. */
    private static final String PROPOSE = AgendaRoutes.PROPOSE.substring(AgendaRoutes.AGENDA.length());
    private static final String EDIT = "/modifier";
    private static final String SUBMIT = "/soumettre";
    /** The id of the notice that answers a registration, at the head of the page. */
    private static final String REGISTRATION_STATE = "inscription-etat";

    @Inject
    EventRepository events;

    @Inject
    ResourceRepository resources;

    @Inject
    EventAgenda agenda;

    @Inject
    EventCalendarFiles calendars;

    @Inject
    RegistrationService registrations;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    PublicUrl publicUrl;

    @Inject
    Validator validator;

    @Inject
    EventFormPages forms;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (PROPOSE.equals(request.getPathInfo())) {
            forms.show(null, request, response);
            return;
        }
        Matcher path = path(request);
        if (path == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(path.group(1));
        if (EDIT.equals(path.group(2))) {
            forms.show(id, request, response);
            return;
        }
        if (SUBMIT.equals(path.group(2))) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (".ics".equals(path.group(2))) {
            calendar(id, request, response);
            return;
        }
        Optional<DescribedEvent> event = shown(id, request, response);
        if (event.isEmpty()) {
            return;
        }
        if ("/revivre".equals(path.group(2))) {
            relive(event.get(), request, response);
        } else {
            render(event.get(), FormFeedback.NONE, request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (PROPOSE.equals(request.getPathInfo())) {
            forms.save(null, request, response);
            return;
        }
        Matcher path = path(request);
        if (path != null && EDIT.equals(path.group(2))) {
            forms.save(Long.parseLong(path.group(1)), request, response);
            return;
        }
        if (path != null && SUBMIT.equals(path.group(2))) {
            forms.submit(Long.parseLong(path.group(1)), request, response);
            return;
        }
        if (path == null || path.group(2) != null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<DescribedEvent> event = shown(Long.parseLong(path.group(1)), request, response);
        if (event.isEmpty()) {
            return;
        }
        long id = event.get().resource().getId();
        RegistrationInput input = new RegistrationInput(request.getParameter("name"), request.getParameter("email"),
                request.getParameter("organisation"), request.getParameter("consent") != null);
        Map<String, String> errors = FormErrors.of(validator, input, RegistrationInput.FIELDS);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            render(event.get(), FormFeedback.fields(errors), request, response);
            return;
        }
        try {
            Optional<RegistrationService.Outcome> outcome = registrations.register(EventKey.of(id), input,
                    clientAddresses.of(request));
            response.sendRedirect(outcome.map(RegistrationService.Outcome::page)
                    .orElse(AgendaRoutes.event(id) + "?inscription=demandee") + "#" + REGISTRATION_STATE);
        } catch (DomainException refusal) {
            render(event.get(), PortalForms.refusal(refusal, response), request, response);
        }
    }

    private static Matcher path(HttpServletRequest request) {
        String info = request.getPathInfo();
        if (info == null) {
            return null;
        }
        Matcher matcher = PATH.matcher(info);
        return matcher.matches() ? matcher : null;
    }

    /** A published event's entry: a calendar application fetches a public one without a session. */
    private void calendar(long id, HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String ics = calendars.calendarOf(id, PortalForms.caller(request));
            response.setContentType(EventCalendar.MEDIA_TYPE);
            response.setHeader("Content-Disposition", "inline; filename=\"rendez-vous-" + id + ".ics\"");
            response.getWriter().write(ics);
        } catch (DomainException refused) {
            response.sendError(ErrorStatus.of(refused));
        }
    }

    /** The event of the path if the visitor may see it; otherwise 404 (410 once withdrawn) has been sent. */
    private Optional<DescribedEvent> shown(long id, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<Long> known = Optional.of(id).filter(e -> events.find(e).isPresent());
        return PortalForms.shown(known, resources, request, response)
                .map(r -> new DescribedEvent(r, events.existing(r.getId())));
    }

    private void render(DescribedEvent event, FormFeedback feedback, HttpServletRequest request,
            HttpServletResponse response) throws ServletException, IOException {
        Caller caller = PortalForms.caller(request);
        Optional<CurrentUser> user = Optional.ofNullable((CurrentUser) request.getAttribute(CurrentUser.ATTRIBUTE));
        EventCard card = agenda.card(event.resource(), event.event(), caller, user.map(CurrentUser::getEmail)
                .orElse(null));
        boolean runsIt = EventService.runs(event.resource(), caller);
        CsrfToken.expose(request);
        Workflow.Actor who = Workflow.Actor.of(caller, event.resource());
        boolean editable = Workflow.editVerdict(event.resource().getStatus(), who) == Workflow.Verdict.ALLOWED;
        boolean maySubmit = Workflow.verdict(event.resource().getStatus(), WorkflowAction.SUBMIT, who)
                == Workflow.Verdict.ALLOWED;
        Views.render("network/event", new EventPage(card, materials(card, event.resource(), caller), runsIt,
                typed(request, user), feedback, publicUrl.webcal(card.icsUrl()),
                editable ? AgendaRoutes.edit(card.id()) : null, maySubmit ? AgendaRoutes.submit(card.id()) : null),
                request, response);
    }

    private void relive(DescribedEvent event, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Caller caller = PortalForms.caller(request);
        EventCard card = agenda.card(event.resource(), event.event(), caller, null);
        CsrfToken.expose(request);
        Views.render("network/event-relive", new RelivePage(card, materials(card, event.resource(), caller)),
                request, response);
    }

    /**
     * The upload form of materials is the trainings' (/supports/…), open to moderators and administrators; an
     * event's author attaches materials through the API (POST /api/resources/{id}/materials).
     */
    private static MaterialsSection materials(EventCard card, Resource resource, Caller caller) {
        return new MaterialsSection(card.id(), card.materials(), caller.moderator() && resource.isPublished());
    }

    /** What the form shows: what was just typed, or the signed-in person's name and address. */
    private static Map<String, String> typed(HttpServletRequest request, Optional<CurrentUser> user) {
        if ("POST".equals(request.getMethod())) {
            return Map.of("name", orEmpty(request.getParameter("name")), "email", orEmpty(request.getParameter("email")),
                    "organisation", orEmpty(request.getParameter("organisation")));
        }
        return user.map(u -> Map.of("name", orEmpty(u.getName()), "email", orEmpty(u.getEmail()), "organisation", ""))
                .orElse(Map.of());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
