package fr.bocage.account;

import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.VocabularyKind;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.FormFeedback;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** Administrators' page of accounts: roles granted and revoked, accounts enabled and disabled. */
@WebServlet(Routes.ADMIN_ACCOUNTS)
@ServletSecurity(@HttpConstraint(rolesAllowed = Role.ADMIN))
public class AccountAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    AccountRepository accounts;

    @Inject
    AccountAdministration administration;

    @Inject
    Vocabularies vocabularies;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        showList(FormFeedback.NONE, request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String actor = request.getUserPrincipal().getName();
        String username = request.getParameter("username");
        try {
            switch (String.valueOf(request.getParameter("action"))) {
                case "roles" -> administration.setRoles(actor, username, roles(request));
                case "enable" -> administration.setEnabled(actor, username, true);
                case "disable" -> administration.setEnabled(actor, username, false);
                default -> throw new InvalidInput(Messages.get("account.action.unknown"));
            }
            AccountPages.seeOther(Routes.ADMIN_ACCOUNTS + "?modifie=" + URLEncoder.encode(username, StandardCharsets.UTF_8), response);
        } catch (DomainException e) {
            response.setStatus(ErrorStatus.of(e));
            showList(FormFeedback.message(e.getMessage()), request, response);
        }
    }

    private static Set<String> roles(HttpServletRequest request) {
        String[] roles = request.getParameterValues("role");
        return roles == null ? Set.of() : Set.copyOf(List.of(roles));
    }

    private void showList(FormFeedback feedback, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String actor = request.getUserPrincipal().getName();
        List<AccountRow> rows = accounts.all().stream()
                .map(a -> new AccountRow(a, a.getTerritory() == null ? null
                        : vocabularies.label(VocabularyKind.TERRITORY, a.getTerritory()), a.getUsername().equals(actor)))
                .toList();
        AccountPages.form("admin-accounts", new AdminAccountsPage(feedback, Role.ALL, rows), request, response);
    }
}
