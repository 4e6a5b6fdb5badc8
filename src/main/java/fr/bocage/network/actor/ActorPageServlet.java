package fr.bocage.network.actor;

import fr.bocage.network.contact.ActorContact;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.WorkflowAction;
import fr.bocage.catalog.WorkflowService;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.web.Confirmation;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.PortalForms;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An actor's page at /acteurs/{id} (published, or for who follows its moderation; a withdrawn one is gone, 410;
 * anything else not found), its forms (/acteurs/nouveau, /acteurs/{id}/modifier), and its posted actions:
 * /acteurs/{id}/soumettre (to moderation), /acteurs/{id}/representer (claim to represent it) and
 * /acteurs/{id}/representants (a moderator's decision on a claim, confirmed first).
 */
@WebServlet(ActorPages.PAGE + "*")
public class ActorPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String NEW = "/nouveau";
    private static final Pattern ACTION = Pattern.compile("/(\\d{1,18})/(modifier|soumettre|representer|representants)");

    @Inject
    ActorRepository actors;

    @Inject
    ResourceRepository resources;

    @Inject
    ActorFormPages forms;

    @Inject
    ActorPageModel model;

    @Inject
    WorkflowService workflow;

    @Inject
    ClaimService claims;

    @Inject
    ActorContact contact;

    /** A path of this servlet beyond the page: {@code id} null for a new actor's form. */
    private record Action(Long id, String name) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (ActorContact.handles(request.getPathInfo())) {
            contact.handle(request, response);
            return;
        }
        Optional<Action> action = action(request);
        if (action.isPresent()) {
            if (!action.get().name().equals("modifier")) {
                response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
                return;
            }
            forms.show(action.get().id(), request, response);
            return;
        }
        Optional<Long> id = PortalForms.id(request).filter(actor -> actors.find(actor).isPresent());
        Optional<Resource> found = PortalForms.shown(id, resources, request, response);
        if (found.isEmpty()) {
            return;
        }
        Resource resource = found.get();
        CsrfToken.expose(request);
        Views.render("network/actor", model.of(resource, actors.existing(resource.getId()),
                PortalForms.caller(request)), request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (ActorContact.handles(request.getPathInfo())) {
            contact.handle(request, response);
            return;
        }
        Optional<Action> action = action(request);
        if (action.isEmpty()) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        Long id = action.get().id();
        if (action.get().name().equals("modifier")) {
            forms.save(id, request, response);
            return;
        }
        if (!ActorFormPages.signedIn(request, response)) {
            return;
        }
        Caller caller = PortalForms.caller(request);
        try {
            actors.existing(id);
            switch (action.get().name()) {
                case "soumettre" -> {
                    workflow.perform(id, WorkflowAction.SUBMIT, caller, null);
                    response.sendRedirect(ActorPages.page(id) + "?soumis=1");
                }
                case "representer" -> {
                    claims.claim(id, caller);
                    response.sendRedirect(ActorPages.page(id) + "?demande=1");
                }
                default -> decide(id, caller, request, response);
            }
        } catch (DomainException refused) {
            response.sendError(ErrorStatus.of(refused));
        }
    }

    /** A moderator confirms or refuses a claim, each confirmed first: it gives or denies an account the actor. */
    private void decide(long id, Caller caller, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String decision = request.getParameter("decision");
        String claim = request.getParameter("demande");
        if (claim == null || !claim.matches("\\d{1,18}") || !("confirmer".equals(decision)
                || "refuser".equals(decision))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        boolean confirm = "confirmer".equals(decision);
        if (!Confirmation.given(request)) {
            if (!caller.moderator()) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            Confirmation.ask(confirm ? "actor.claim.confirm.question" : "actor.claim.refuse.question",
                    resources.existing(id).getTitle(), confirm ? "actor.claim.confirm" : "actor.claim.refuse",
                    ActorPages.page(id), request, response);
            return;
        }
        claims.decide(id, Long.parseLong(claim), confirm, caller);
        response.sendRedirect(ActorPages.page(id) + "#representants");
    }

    private static Optional<Action> action(HttpServletRequest request) {
        String path = request.getPathInfo();
        if (NEW.equals(path)) {
            return Optional.of(new Action(null, "modifier"));
        }
        Matcher matched = ACTION.matcher(path == null ? "" : path);
        return matched.matches() ? Optional.of(new Action(Long.parseLong(matched.group(1)), matched.group(2)))
                : Optional.empty();
    }
}
