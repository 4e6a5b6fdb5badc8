package fr.bocage.moderation;

import fr.bocage.account.Role;
import fr.bocage.contribution.PortalForms;
import fr.bocage.portal.Views;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The moderators' queue: what waits for a decision, the longest waiting first. */
@WebServlet(ModerationPages.QUEUE)
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.ADMIN, Role.MODERATOR}))
public class ModerationQueueServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    ModerationService moderation;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute("queue", moderation.queue().stream().map(ModerationPages.QueueRow::of).toList());
        Views.render("moderation/queue", request, response);
    }
}
