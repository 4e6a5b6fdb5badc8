package fr.bocage.network.membership;

import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.security.Caller;
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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The networks' pages: the list {@code /reseaux}, a network's public page {@code /reseaux/{slug}}, and its
 * membership pages (adhesion, profil, adhesions, membres, quitter), handed to {@link MembershipPages}.
 */
@WebServlet({NetworkPaths.LIST, NetworkPaths.LIST + "/*"})
public class NetworkServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([a-z0-9]+(?:-[a-z0-9]+)*)(?:/([a-z]+))?");
    private static final Set<String> NOTICES = Set.of("envoyee", "quitte", "profil");

    @Inject
    Networks networks;

    @Inject
    NetworkPages pages;

    @Inject
    MembershipPages membership;

    /** A path below /reseaux: the network, and the page of it (null for its public page). */
    private record Target(Network network, String page) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            Views.render("network/networks", pages.list(), request, response);
            return;
        }
        Optional<Target> target = target(path, response);
        if (target.isEmpty()) {
            return;
        }
        Network network = target.get().network();
        Caller caller = PortalForms.caller(request);
        try {
            switch (target.get().page() == null ? "" : target.get().page()) {
                case "" -> {
                    String notice = request.getParameter("fait");
                    CsrfToken.expose(request);
                    Views.render("network/network", pages.page(network, caller,
                            notice != null && NOTICES.contains(notice) ? notice : null), request, response);
                }
                case "adhesion" -> membership.showForm(network, false, request, response);
                case "profil" -> membership.showForm(network, true, request, response);
                case "adhesions" -> membership.showRequests(network, request, response);
                case "membres" -> membership.showMembers(network, request, response);
                case "quitter" -> response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (DomainException refused) {
            response.sendError(ErrorStatus.of(refused));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<Target> target = target(request.getPathInfo(), response);
        if (target.isEmpty()) {
            return;
        }
        Network network = target.get().network();
        try {
            switch (target.get().page() == null ? "" : target.get().page()) {
                case "adhesion" -> membership.saveForm(network, false, request, response);
                case "profil" -> membership.saveForm(network, true, request, response);
                case "adhesions" -> membership.decide(network, request, response);
                case "quitter" -> membership.leave(network, request, response);
                case "", "membres" -> response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (DomainException refused) {
            response.sendError(ErrorStatus.of(refused));
        }
    }

    /** The network a path names; 404 (sent) for anything else. */
    private Optional<Target> target(String path, HttpServletResponse response) throws IOException {
        Matcher matched = PATH.matcher(path == null ? "" : path);
        Optional<Network> network = matched.matches() && matched.group(1).length() <= 80
                ? networks.find(matched.group(1)) : Optional.empty();
        if (network.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return Optional.empty();
        }
        return Optional.of(new Target(network.get(), matched.group(2)));
    }
}
