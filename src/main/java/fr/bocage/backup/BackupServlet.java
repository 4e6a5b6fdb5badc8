package fr.bocage.backup;

import fr.bocage.platform.Messages;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Progress;
import fr.bocage.platform.web.Routes;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.UiText;
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

/**
 * The administration console's backups ({@code /admin/sauvegardes}): the backups written, newest first, and one
 * started in the background, followed until it is written. The console's other sections are in {@code admin}; the
 * floors keep features apart, so this one lives with the backups it shows.
 */
@WebServlet(Routes.ADMIN_BACKUPS)
@ServletSecurity(@HttpConstraint(rolesAllowed = Role.ADMIN))
public class BackupServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String START = "sauvegarde";

    @Inject
    BackupService backups;

    @Inject
    BackgroundBackup background;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        show(HttpServletResponse.SC_OK, FormFeedback.NONE, request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!START.equals(request.getParameter("action"))) {
            show(HttpServletResponse.SC_BAD_REQUEST, FormFeedback.message(Messages.get("console.action.unknown")),
                    request, response);
        } else if (!background.start()) {
            show(HttpServletResponse.SC_CONFLICT, FormFeedback.message(Messages.get("backup.running")), request,
                    response);
        } else {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", Routes.ADMIN_BACKUPS);
        }
    }

    private void show(int status, FormFeedback feedback, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        BackgroundBackup.Run run = background.last();
        boolean running = run != null && run.running();
        List<BackupsPage.Row> rows = backups.list().stream()
                .map(m -> new BackupsPage.Row(m.name(), UiText.dayAndTime(m.startedAt()), m.durationMillis(),
                        m.bytes(), m.files(), m.database()))
                .toList();
        response.setStatus(status);
        CsrfToken.expose(request);
        Views.render("admin/backups", new BackupsPage(rows, backups.folder().toString(), run == null ? null
                : new BackupsPage.LastRun(running, run.name(), run.error()),
                new Progress(0, 0, 0, running, null, null), Routes.ADMIN_BACKUPS, feedback), request, response);
    }
}
