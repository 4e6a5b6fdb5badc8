package fr.bocage.network.membership;

import fr.bocage.account.AccountPages;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.Vocabularies;
import fr.bocage.network.actor.ActorRepository;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.error.Forbidden;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.Messages;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.web.Confirmation;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Routes;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.PortalForms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The membership pages of a network. A visitor without an account reads on the form's page why and how to get one:
 * « Se connecter » brings them back to the form after login, « Créer un compte » is the site's own sign-up (e-mail
 * confirmed first); the request is made once signed in. This keeps one sign-up flow and never records a request for
 * an address nobody confirmed.
 */
@ApplicationScoped
public class MembershipPages {

    @Inject
    MembershipService service;

    @Inject
    Memberships memberships;

    @Inject
    MemberDirectory directory;

    @Inject
    NetworkPages pages;

    @Inject
    MembershipLabels labels;

    @Inject
    ResourceRepository resources;

    @Inject
    Vocabularies vocabularies;

    @Inject
    Validator validator;

    /** @param editing a member's profile rather than a request */
    void showForm(Network network, boolean editing, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Caller caller = PortalForms.caller(request);
        if (caller.username() == null) {
            if (editing && !signedIn(request, response)) {
                return;
            }
            render(network, false, false, MembershipForm.empty(Map.of(), vocabularies), FormFeedback.NONE,
                    request, response);
            return;
        }
        Optional<Member> mine = memberships.of(network, caller.username());
        boolean current = mine.map(m -> m.isAccepted() || m.getStatus() == MemberStatus.PENDING).orElse(false);
        if (editing && !current) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!editing && current) {
            // Already asked or a member: the network's page says where it stands.
            AccountPages.seeOther(NetworkPaths.page(network.getSlug()), response);
            return;
        }
        MembershipForm form = mine.map(m -> MembershipForm.of(m.getProfile(), actors(), vocabularies))
                .orElseGet(() -> MembershipForm.empty(actors(), vocabularies));
        render(network, true, editing, form, FormFeedback.NONE, request, response);
    }

    void saveForm(Network network, boolean editing, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!signedIn(request, response)) {
            return;
        }
        Caller caller = PortalForms.caller(request);
        try {
            MembershipInput input = PortalForms.valid(MembershipForm.read(request), validator);
            if (editing) {
                service.updateProfile(network.getSlug(), input, caller);
            } else {
                service.request(network.getSlug(), input, caller);
            }
            AccountPages.seeOther(NetworkPaths.page(network.getSlug()) + "?fait=" + (editing ? "profil" : "envoyee"),
                    response);
        } catch (DomainException | ConstraintViolationException e) {
            FormFeedback refusal = PortalForms.refusal(e, response, MembershipForm.FIELDS);
            render(network, true, editing, MembershipForm.typed(request, actors(), vocabularies), refusal, request,
                    response);
        }
    }

    void showRequests(Network network, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!signedIn(request, response)) {
            return;
        }
        List<Member> pending = service.pending(network.getSlug(), PortalForms.caller(request));
        String done = request.getParameter("decision");
        CsrfToken.expose(request);
        Views.render("network/membership-requests", pages.requests(network, pending,
                "acceptee".equals(done) || "refusee".equals(done) ? done : null, labels), request, response);
    }

    /** Accept at once; refuse once confirmed (the person is told, and must ask again). */
    void decide(Network network, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!signedIn(request, response)) {
            return;
        }
        Caller caller = PortalForms.caller(request);
        String member = request.getParameter("member");
        String decision = request.getParameter("decision");
        if (member == null || !member.matches("\\d{1,18}")
                || !("accepter".equals(decision) || "refuser".equals(decision))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        boolean accept = "accepter".equals(decision);
        if (!accept && !Confirmation.given(request)) {
            // What would be refused is refused before the question: only the animators, a pending request.
            Member asking = service.pending(network.getSlug(), caller).stream()
                    .filter(m -> m.getId() == Long.parseLong(member)).findFirst()
                    .orElseThrow(() -> new NotFound(Messages.format("membership.request.not-found", member)));
            Confirmation.ask("membership.refuse.question", directory.nameOf(asking.getUsername()),
                    "membership.refuse.confirm",
                    NetworkPaths.requests(network.getSlug()), request, response);
            return;
        }
        service.decide(network.getSlug(), Long.parseLong(member), accept, request.getParameter("message"), caller);
        AccountPages.seeOther(NetworkPaths.requests(network.getSlug()) + "?decision="
                + (accept ? "acceptee" : "refusee"), response);
    }

    void leave(Network network, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!signedIn(request, response)) {
            return;
        }
        Caller caller = PortalForms.caller(request);
        if (!Confirmation.given(request)) {
            boolean current = memberships.of(network, caller.username())
                    .map(m -> m.isAccepted() || m.getStatus() == MemberStatus.PENDING).orElse(false);
            if (!current) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            Confirmation.ask("membership.leave.question", network.getName(), "membership.leave.confirm",
                    NetworkPaths.page(network.getSlug()), request, response);
            return;
        }
        service.leave(network.getSlug(), caller);
        AccountPages.seeOther(NetworkPaths.page(network.getSlug()) + "?fait=quitte", response);
    }

    /** Members and animators read it; anybody else signed in gets the page that says why, with a 403. */
    void showMembers(Network network, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!signedIn(request, response)) {
            return;
        }
        List<MemberCard> cards;
        try {
            cards = directory.of(network, PortalForms.caller(request));
        } catch (Forbidden outside) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            Views.render("network/members", new MembersPage(network.getName(), network.getSlug(), false, List.of()),
                    request, response);
            return;
        }
        Views.render("network/members", new MembersPage(network.getName(), network.getSlug(), true, cards), request,
                response);
    }

    /** The published actors of the directory, by name, to choose one's organisation from. */
    private Map<String, Long> actors() {
        return resources.publishedIdsByTitle(ActorRepository.TYPE);
    }

    private static void render(Network network, boolean signedIn, boolean editing, MembershipForm form,
            FormFeedback feedback, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        CsrfToken.expose(request);
        String back = editing ? NetworkPaths.profile(network.getSlug()) : NetworkPaths.join(network.getSlug());
        String login = Routes.LOGIN + "?retour=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
        Views.render("network/membership-form", new MembershipFormPage(network.getName(), network.getSlug(),
                signedIn, editing, login, form, feedback), request, response);
    }

    /** Without an account, the login page (then back here). */
    private static boolean signedIn(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        return request.getUserPrincipal() != null || request.authenticate(response);
    }
}
