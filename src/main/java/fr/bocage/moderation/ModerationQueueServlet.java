package fr.bocage.moderation;

import fr.bocage.account.AccountRepository;
import fr.bocage.catalog.QueuePage;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.WorkflowService;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.rest.QueryNumber;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.ErrorStatus;
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
import java.time.LocalTime;
import java.util.List;

/**
 * The moderators' queue: what waits for a decision, the longest waiting first; and each moderator's choice of
 * receiving the daily digest, posted to the same address.
 */
@WebServlet(Routes.MODERATION)
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.ADMIN, Role.MODERATOR}))
public class ModerationQueueServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The form's field, {@code oui} or {@code non}; and the query of the page once the choice is saved. */
    static final String DIGEST = "resume";
    private static final String PAGE = "page";

    @Inject
    WorkflowService moderation;

    @Inject
    AccountRepository accounts;

    @Inject
    ModerationDigest digest;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        int page;
        try {
            page = QueryNumber.read(request.getParameter(PAGE), 1, 1, Integer.MAX_VALUE,
                    Messages.get("search.page.invalid"));
        } catch (InvalidInput e) {
            response.sendError(ErrorStatus.of(e), e.getMessage());
            return;
        }
        QueuePage queue = moderation.queue(page, QueuePage.PORTAL_SIZE);
        List<Resource> shown = queue.resources();
        People people = People.of(shown.stream().map(Resource::getCreatedBy).toList(), accounts);
        DigestChoice choice = new DigestChoice(digest.reaches(request.getUserPrincipal().getName()),
                digest.dailyAt().map(LocalTime::toString).orElse(null));
        Views.render("moderation/queue",
                new ModerationQueuePage(shown.stream().map(r -> ModerationPages.QueueRow.of(r, people)).toList(),
                        queue.total(), queue.page(), queue.pages(), pageLink(queue.page() - 1, queue.pages()),
                        pageLink(queue.page() + 1, queue.pages()), choice, request.getParameter(DIGEST) != null),
                request, response);
    }

    /** The queue's page {@code n}, if there is one. */
    private static String pageLink(int n, int pages) {
        return n < 1 || n > pages ? null : n == 1 ? Routes.MODERATION : Routes.MODERATION + "?" + PAGE + "=" + n;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String wanted = request.getParameter(DIGEST);
        if (!"oui".equals(wanted) && !"non".equals(wanted)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        digest.choose(request.getUserPrincipal().getName(), "oui".equals(wanted));
        response.sendRedirect(Routes.MODERATION + "?" + DIGEST + "#" + DigestChoice.ANCHOR);
    }
}
