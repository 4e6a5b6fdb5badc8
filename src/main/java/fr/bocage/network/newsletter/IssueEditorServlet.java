package fr.bocage.network.newsletter;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.Confirmation;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Views;
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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The animators' pages: /lettre/numeros (the issues), /lettre/numeros/nouveau (compose one), /lettre/numeros/{id}
 * (change a draft, move and remove its items, send a test to oneself, send it after a confirmation, follow the
 * sending), and its previews: /lettre/numeros/{id}/apercu (the HTML e-mail, as the browser shows it) and
 * /lettre/numeros/{id}/apercu.txt (its text part). Who animates is {@link Animators}'s to say (a network's animator
 * may be a plain contributor); the roles below only keep out who is not signed in.
 */
@WebServlet({IssueEditorServlet.ISSUES, IssueEditorServlet.ISSUES + "/*"})
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER}))
public class IssueEditorServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String ISSUES = "/lettre/numeros";
    private static final Pattern ISSUE = Pattern.compile("/(\\d{1,18})(/apercu|/apercu\\.txt)?");
    /** The HTML e-mail shown as it is: its inline styles allowed, nothing else, framed by our own page only. */
    private static final String PREVIEW_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    @Inject
    IssueService issues;

    @Inject
    Animators animators;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Caller caller = PortalForms.caller(request);
        String path = request.getPathInfo();
        try {
            if (path == null || path.equals("/")) {
                list(caller, request, response);
            } else if (path.equals("/nouveau")) {
                animators.require(caller);
                CsrfToken.expose(request);
                Views.render("network/newsletter/new-issue", new NewIssuePage(null), request, response);
            } else {
                Matcher matcher = ISSUE.matcher(path);
                if (!matcher.matches()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                long id = Long.parseLong(matcher.group(1));
                if (matcher.group(2) == null) {
                    edit(id, caller, null, FormFeedback.NONE, request, response);
                } else {
                    preview(id, caller, matcher.group(2).endsWith(".txt"), response);
                }
            }
        } catch (DomainException refused) {
            response.sendError(ErrorStatus.of(refused));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Caller caller = PortalForms.caller(request);
        String path = request.getPathInfo();
        try {
            if ("/nouveau".equals(path)) {
                Issue issue = issues.compose(caller, request.getParameter("subject"));
                response.sendRedirect(ISSUES + "/" + issue.getId());
                return;
            }
            Matcher matcher = ISSUE.matcher(path == null ? "" : path);
            if (!matcher.matches() || matcher.group(2) != null) {
                response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
                return;
            }
            act(Long.parseLong(matcher.group(1)), caller, request, response);
        } catch (DomainException refused) {
            response.sendError(ErrorStatus.of(refused));
        }
    }

    private void act(long id, Caller caller, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String action = String.valueOf(request.getParameter("action"));
        String self = ISSUES + "/" + id;
        String message = null;
        try {
            switch (action) {
                case "save" -> issues.edit(id, caller, request.getParameter("subject"),
                        request.getParameter("editorial"), null);
                case "up", "down", "remove" -> {
                    long item = itemOf(request);
                    if (action.equals("remove")) {
                        issues.removeItem(id, item, caller);
                    } else {
                        issues.move(id, item, action.equals("up") ? -1 : 1, caller);
                    }
                }
                case "test" -> message = Messages.format("newsletter.test.sent", issues.sendTest(id, caller));
                case "send", "delete" -> {
                    IssueService.Composed composed = issues.composed(id, caller);
                    if (!Confirmation.given(request)) {
                        Confirmation.ask("newsletter.confirm." + action, composed.issue().getSubject(),
                                "newsletter.action." + action, self, request, response);
                        return;
                    }
                    if (action.equals("send")) {
                        issues.send(id, caller);
                    } else {
                        issues.delete(id, caller);
                        response.sendRedirect(ISSUES);
                        return;
                    }
                }
                default -> {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                    return;
                }
            }
        } catch (RuntimeException refusal) {
            FormFeedback feedback = PortalForms.refusal(refusal, response);
            edit(id, caller, null, feedback, request, response);
            return;
        }
        if (message != null) {
            edit(id, caller, message, FormFeedback.NONE, request, response);
            return;
        }
        response.sendRedirect(self + (action.equals("up") || action.equals("down") || action.equals("remove")
                ? "#contenus" : ""));
    }

    private static long itemOf(HttpServletRequest request) {
        String item = request.getParameter("item");
        if (item == null || !item.matches("\\d{1,18}")) {
            throw new fr.bocage.platform.error.InvalidInput(Messages.get("newsletter.item.unknown"));
        }
        return Long.parseLong(item);
    }

    private void list(Caller caller, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        List<IssuesPage.Row> rows = issues.all(caller).stream().map(i -> new IssuesPage.Row(i.getId(), i.getNumber(),
                i.getSubject(), statusKey(i), i.percent(), ISSUES + "/" + i.getId())).toList();
        Views.render("network/newsletter/issues", new IssuesPage(rows), request, response);
    }

    private void edit(long id, Caller caller, String message, FormFeedback feedback, HttpServletRequest request,
            HttpServletResponse response) throws ServletException, IOException {
        IssueService.Composed composed = issues.composed(id, caller);
        Issue issue = composed.issue();
        List<IssueItem> items = composed.items();
        List<EditIssuePage.Item> rows = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            IssueItem item = items.get(i);
            rows.add(new EditIssuePage.Item(item.getId(), IssueService.kindLabel(item.getKind()), item.getTitle(),
                    item.getUrl(), i == 0, i == items.size() - 1));
        }
        CsrfToken.expose(request);
        Views.render("network/newsletter/edit", new EditIssuePage(issue.getId(), ISSUES + "/" + issue.getId(),
                issue.getSubject(), issue.getEditorial(), statusKey(issue), issue.isDraft(), rows,
                IssueView.progress(issue), issue.getStatus() == Issue.Status.SENT ? "/lettre/" + issue.getNumber()
                        : null, message, feedback), request, response);
    }

    private void preview(long id, Caller caller, boolean text, HttpServletResponse response) throws IOException {
        IssueLetter letter = issues.preview(id, caller);
        byte[] body = (text ? letter.text() : letter.html()).getBytes(StandardCharsets.UTF_8);
        response.setHeader("Content-Security-Policy", PREVIEW_POLICY);
        response.setContentType(text ? "text/plain;charset=UTF-8" : "text/html;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static String statusKey(Issue issue) {
        return "newsletter.status." + issue.getStatus().name().toLowerCase(Locale.ROOT);
    }
}
