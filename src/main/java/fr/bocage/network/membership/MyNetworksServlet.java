package fr.bocage.network.membership;

import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.Views;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** « Mes réseaux », in the account space: where the signed-in account stands with each network. */
@WebServlet(NetworkPaths.MY_NETWORKS)
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER}))
public class MyNetworksServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    NetworkPages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Views.render("network/my-networks", pages.mine(request.getUserPrincipal().getName()), request, response);
    }
}
