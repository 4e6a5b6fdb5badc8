package fr.bocage.network.project;

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

/** « Mes projets », in the account space: the projects the signed-in account takes part in or coordinates. */
@WebServlet("/mon-espace/projets")
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER}))
public class MyProjectsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    ProjectSpace space;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Views.render("network/my-projects", space.mine(request.getUserPrincipal().getName()), request, response);
    }
}
