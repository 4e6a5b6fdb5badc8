package fr.bocage.admin;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Progress;
import fr.bocage.platform.web.Routes;
import fr.bocage.portal.UiText;
import fr.bocage.search.IndexMaintenance;
import fr.bocage.search.IndexMaintenance.IndexProgress;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;

/**
 * The console's index page: the documents of the index against the resources of the database, the last maintenance
 * run (the check at start-up, a repair or a rebuild) with its progress, and the two actions: repair what differs,
 * or rebuild it all. Both run in the background while search answers.
 */
@WebServlet(Routes.ADMIN_INDEX)
@ServletSecurity(@HttpConstraint(rolesAllowed = Role.ADMIN))
public class IndexConsoleServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String REPAIR = "reparation";
    static final String REBUILD = "reconstruction";

    @Inject
    IndexHealth health;

    @Inject
    IndexMaintenance maintenance;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        show(FormFeedback.NONE, ConsolePages.done(request, REPAIR, REBUILD), request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String action = String.valueOf(request.getParameter("action"));
        try {
            boolean started = switch (action) {
                case REPAIR -> maintenance.repairInBackground();
                case REBUILD -> maintenance.rebuildInBackground();
                default -> throw new InvalidInput(Messages.get("console.action.unknown"));
            };
            if (!started) {
                throw new Conflict(Messages.get("console.index.running"));
            }
            ConsolePages.done(Routes.ADMIN_INDEX, action, response);
        } catch (DomainException refused) {
            response.setStatus(ErrorStatus.of(refused));
            show(FormFeedback.message(refused.getMessage()), null, request, response);
        }
    }

    private void show(FormFeedback feedback, String done, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        IndexProgress run = health.lastRun();
        Progress progress = Progress.of(run.processed(), run.total(), run.percent(), run.running(), run.startedAt(),
                run.finishedAt(), Instant.now());
        ConsolePages.render("index", new ConsoleIndexPage(health.counts(), run.kind() == null ? null
                : ApiNames.of(run.kind()), ApiNames.of(run.state()),
                run.finishedAt() == null ? null : UiText.dayAndTime(run.finishedAt()), run.written(), run.error(),
                progress, feedback, done), request, response);
    }
}
