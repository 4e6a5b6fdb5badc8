package fr.bocage.network.newsletter;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.Views;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The archive of the newsletter: /lettre lists the sent issues, /lettre/{n} shows one as a page. */
@WebServlet({"/lettre", "/lettre/*"})
public class ArchiveServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));

    @Inject
    IssueService issues;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            Views.render("network/newsletter/archive", new ArchivePage(issues.archive().stream()
                    .map(i -> new ArchivePage.Row(i.getNumber(), i.getSubject(), day(i.getSentAt()),
                            "/lettre/" + i.getNumber())).toList()), request, response);
            return;
        }
        if (!path.matches("/\\d{1,6}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            IssueService.Composed composed = issues.archived(Integer.parseInt(path.substring(1)));
            Issue issue = composed.issue();
            Views.render("network/newsletter/issue", new IssuePage(issue.getNumber(), issue.getSubject(),
                    Messages.format("newsletter.heading", issue.getNumber()), day(issue.getSentAt()),
                    IssueLetter.paragraphs(issue.getEditorial()), issues.lines(composed.items())),
                    request, response);
        } catch (DomainException refused) {
            response.sendError(ErrorStatus.of(refused));
        }
    }

    static String day(Instant at) {
        return at == null ? "" : DAY.format(at);
    }
}
