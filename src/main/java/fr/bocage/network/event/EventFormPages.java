package fr.bocage.network.event;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceDescription;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.Vocabularies;
import fr.bocage.network.membership.Network;
import fr.bocage.network.membership.Networks;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.MetadataForm;
import fr.bocage.portal.form.PortalForms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The form to propose an event, {@code /agenda/proposer}, and to change one, {@code /agenda/{id}/modifier} (for
 * whom the one access decision lets edit it). « Enregistrer le brouillon » keeps it as its author's draft;
 * « Enregistrer et soumettre » sends it to moderation in the same transaction. The event's page then says which.
 * What was typed stays on the page with the errors, each beside its field. A draft's page sends it to moderation as
 * it is ({@link #submit}).
 */
@ApplicationScoped
public class EventFormPages {

    @Inject
    EventService service;

    @Inject
    EventRepository events;

    @Inject
    EventAgenda agenda;

    @Inject
    ResourceRepository resources;

    @Inject
    Networks networks;

    @Inject
    Vocabularies vocabularies;

    @Inject
    Validator validator;

    /** @param id the event to edit; null for a new one */
    void show(Long id, HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!mayPropose(request, response)) {
            return;
        }
        Caller caller = PortalForms.caller(request);
        if (id == null) {
            render(options(List.of(), null), EventForm.empty(organisers(), networks(caller, null)), null,
                    FormFeedback.NONE, request, response);
            return;
        }
        Optional<DescribedEvent> event = editable(id, request, response);
        if (event.isPresent()) {
            Resource r = event.get().resource();
            Optional<Network> network = agenda.networkOf(event.get().event());
            render(options(r.description().themes(), r.description().territory()),
                    EventForm.of(r, event.get().event(), network.map(Network::getSlug).orElse(null), organisers(),
                            networks(caller, network.orElse(null))), r, FormFeedback.NONE, request, response);
        }
    }

    /** @param id the event to change; null to create one */
    void save(Long id, HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!mayPropose(request, response)) {
            return;
        }
        Caller caller = PortalForms.caller(request);
        Optional<DescribedEvent> existing = Optional.empty();
        if (id != null) {
            existing = editable(id, request, response);
            if (existing.isEmpty()) {
                return;
            }
        }
        Resource editing = existing.map(DescribedEvent::resource).orElse(null);
        Network network = existing.flatMap(e -> agenda.networkOf(e.event())).orElse(null);
        try {
            ResourceDescription kept = editing == null ? null : editing.description();
            EventInput input = PortalForms.valid(EventForm.read(request, kept), validator);
            boolean submit = request.getParameter("submit") != null;
            DescribedEvent saved = submit ? service.saveAndSubmit(id, input, caller)
                    : id == null ? service.create(input, caller) : service.update(id, input, caller);
            // Published at once (a members-only event of its network's animator): nothing waits for moderation.
            boolean published = saved.resource().isPublished();
            response.sendRedirect(AgendaRoutes.event(saved.resource().getId()) + (published ? ""
                    : "?" + (submit ? EventPage.SUBMITTED : EventPage.SAVED) + "=1"));
        } catch (DomainException | ConstraintViolationException e) {
            FormFeedback refusal = PortalForms.refusal(e, response, EventForm.FIELDS);
            render(typedOptions(request), EventForm.typed(request, organisers(), networks(caller, network)), editing,
                    refusal, request, response);
        }
    }

    /**
     * « Soumettre à la modération » on a draft's page: the page then says so (a members-only event of its network's
     * animator is published at once: nothing waits). A description still incomplete, or a draft not the caller's,
     * answers its 4xx.
     */
    void submit(long id, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!mayPropose(request, response)) {
            return;
        }
        try {
            DescribedEvent sent = service.submit(id, PortalForms.caller(request));
            response.sendRedirect(AgendaRoutes.event(id)
                    + (sent.resource().isPublished() ? "" : "?" + EventPage.SUBMITTED + "=1"));
        } catch (DomainException refused) {
            response.sendError(ErrorStatus.of(refused));
        }
    }

    /**
     * Those who may propose events (the roles of the API's POST); without an account, the login page (then back
     * here); an account that may not, a 403.
     */
    private static boolean mayPropose(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getUserPrincipal() == null && !request.authenticate(response)) {
            return false;
        }
        if (!AgendaServlet.mayPropose(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return false;
        }
        return true;
    }

    /** The event, if the caller may change it now: 404 when unknown or not theirs to see, 403 or 409 otherwise. */
    private Optional<DescribedEvent> editable(long id, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<NetworkEvent> event = events.find(id);
        if (event.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return Optional.empty();
        }
        try {
            return Optional.of(new DescribedEvent(resources.editableBy(id, PortalForms.caller(request)),
                    event.get()));
        } catch (DomainException refused) {
            response.sendError(ErrorStatus.of(refused));
            return Optional.empty();
        }
    }

    /** The published actors by name: an organiser is chosen by name, never typed as a number. */
    private List<EventForm.Choice> organisers() {
        return resources.publishedIdsByTitle(EventRepository.ACTOR_TYPE).entrySet().stream()
                .map(e -> new EventForm.Choice(e.getValue().toString(), e.getKey())).toList();
    }

    /**
     * The networks the person may put the event in (all for the moderators, those they animate for the others),
     * and the one it is in, which whoever may edit it keeps.
     */
    private List<EventForm.Choice> networks(Caller caller, Network current) {
        List<Network> choices = new ArrayList<>(caller.moderator() ? networks.all()
                : networks.animatedBy(caller.username()));
        if (current != null && choices.stream().noneMatch(n -> n.getId().equals(current.getId()))) {
            choices.add(current);
        }
        return choices.stream().map(n -> new EventForm.Choice(n.getSlug(), n.getName())).toList();
    }

    private MetadataForm options(List<String> themes, String territory) {
        return MetadataForm.chosen(themes, territory, vocabularies);
    }

    private MetadataForm typedOptions(HttpServletRequest request) {
        return MetadataForm.typed(request.getParameterMap(), vocabularies);
    }

    private static void render(MetadataForm options, EventForm form, Resource editing, FormFeedback feedback,
            HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        CsrfToken.expose(request);
        Views.render("network/event-form", new EventFormPage(options, form, editing == null ? null : editing.getId(),
                editing == null ? null : editing.getTitle(), feedback), request, response);
    }
}
