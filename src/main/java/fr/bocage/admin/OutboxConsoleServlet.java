package fr.bocage.admin;

import fr.bocage.mail.MailState;
import fr.bocage.mail.OutboxFailure;
import fr.bocage.mail.OutboxReport;
import fr.bocage.platform.Messages;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Routes;
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
import java.util.Map;

/**
 * The console's outbox: how many e-mails wait, went out or were given up after their last try, the latest given up
 * with their error, and « Renvoyer » to put those back in the queue once the mail server works again.
 */
@WebServlet(Routes.ADMIN_OUTBOX)
@ServletSecurity(@HttpConstraint(rolesAllowed = Role.ADMIN))
public class OutboxConsoleServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String RETRY = "renvoi";
    private static final int FAILURES = 20;

    @Inject
    OutboxReport outbox;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        show(FormFeedback.NONE, ConsolePages.done(request, RETRY), request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!RETRY.equals(request.getParameter("action"))) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            show(FormFeedback.message(Messages.get("console.action.unknown")), null, request, response);
            return;
        }
        outbox.retryFailed();
        ConsolePages.done(Routes.ADMIN_OUTBOX, RETRY, response);
    }

    private void show(FormFeedback feedback, String done, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Map<MailState, Long> counts = outbox.counts();
        List<ConsoleOutboxPage.Failure> failures = outbox.failures(FAILURES).stream().map(OutboxConsoleServlet::row)
                .toList();
        ConsolePages.render("outbox", new ConsoleOutboxPage(counts.get(MailState.PENDING), counts.get(MailState.SENT),
                counts.get(MailState.FAILED), failures, feedback, done), request, response);
    }

    private static ConsoleOutboxPage.Failure row(OutboxFailure failure) {
        return new ConsoleOutboxPage.Failure(failure.recipient(), failure.subject(), failure.attempts(),
                failure.error(), UiText.dayAndTime(failure.createdAt()));
    }
}
