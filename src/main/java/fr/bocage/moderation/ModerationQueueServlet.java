package fr.bocage.moderation;

import fr.bocage.account.AccountRepository;
import fr.bocage.catalog.Resource;
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

/** The moderators' queue: what waits for a decision, the longest waiting first. */
@WebServlet(Routes.MODERATION)
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.ADMIN, Role.MODERATOR}))
public class ModerationQueueServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    WorkflowService moderation;

    @Inject
    AccountRepository accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        List<Resource> queue = moderation.queue();
        People people = People.of(queue.stream().map(Resource::getCreatedBy).toList(), accounts);
        Views.render("moderation/queue",
                new ModerationQueuePage(queue.stream().map(r -> ModerationPages.QueueRow.of(r, people)).toList()),
                request, response);
    }
}
