package fr.bocage.contribution;

import fr.bocage.catalog.ResourceView;
import fr.bocage.catalog.WorkflowService;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.Routes;
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
import java.util.List;

/** The contributor's dashboard: their contributions, whatever their state, the most recently changed first. */
@WebServlet(Routes.MY_SPACE)
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER}))
public class MySpaceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    WorkflowService moderation;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String user = request.getUserPrincipal().getName();
        List<ContributionRow> rows = moderation.ownedBy(user).stream()
                .map(r -> ContributionRow.of(ResourceView.of(r))).toList();
        Views.render("contribution/my-space", new MySpacePage(rows), request, response);
    }
}
