package fr.bocage.contribution;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceView;
import fr.bocage.catalog.WorkflowService;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.Routes;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.RunTrainings;
import fr.bocage.portal.RunTrainings.RunTraining;
import fr.bocage.portal.form.PortalForms;
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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The contributor's dashboard: their contributions, whatever their state, the most recently changed first; a
 * trainer's webinars and courses apart, with the way to change them and to their registrants (trainings are not
 * moderated, so the contribution's page would have nothing to offer for them).
 */
@WebServlet(Routes.MY_SPACE)
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER}))
public class MySpaceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    WorkflowService moderation;

    @Inject
    RunTrainings trainings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        List<Resource> owned = moderation.ownedBy(request.getUserPrincipal().getName());
        List<RunTraining> run = trainings.among(owned, PortalForms.caller(request));
        Set<Long> trainingIds = run.stream().map(RunTraining::id).collect(Collectors.toSet());
        List<ContributionRow> rows = owned.stream().filter(r -> !trainingIds.contains(r.getId()))
                .map(r -> ContributionRow.of(ResourceView.of(r))).toList();
        Views.render("contribution/my-space", new MySpacePage(rows, run), request, response);
    }
}
