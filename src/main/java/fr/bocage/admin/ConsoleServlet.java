package fr.bocage.admin;

import fr.bocage.imports.ImportService;
import fr.bocage.imports.ImportView;
import fr.bocage.mail.MailState;
import fr.bocage.mail.OutboxReport;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.Routes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** The administration console's dashboard: where each task stands, and the way to each section. */
@WebServlet(Routes.ADMIN)
@ServletSecurity(@HttpConstraint(rolesAllowed = Role.ADMIN))
public class ConsoleServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    ImportService imports;

    @Inject
    IndexHealth index;

    @Inject
    OutboxReport outbox;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        ImportView lastImport = imports.recent(1).stream().map(job -> ImportView.of(job, false)).findFirst()
                .orElse(null);
        Map<MailState, Long> mail = outbox.counts();
        ConsolePages.render("console", new ConsolePage(lastImport, index.counts(), ApiNames.of(index.lastRun().state()),
                mail.get(MailState.PENDING), mail.get(MailState.SENT),
                mail.get(MailState.FAILED)), request, response);
    }
}
