package fr.bocage.account;

import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.VocabularyKind;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.Confirmation;
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
        AccountSearch search = AccountSearch.of(request);
        try {
            switch (String.valueOf(request.getParameter("action"))) {
                case "roles" -> administration.setRoles(actor, username, roles(request));
                case "enable" -> administration.setEnabled(actor, username, true);
                case "disable" -> {
                    if (!Confirmation.given(request)) {
                        Account account = administration.checkDisable(actor, username);
                        Confirmation.ask("admin.accounts.confirm.disable", label(account), "admin.accounts.disable",
                                list(search), request, response);
                        return;
                    }
                    administration.setEnabled(actor, username, false);
                }
                default -> throw new InvalidInput(Messages.get("account.action.unknown"));
            }
            AccountPages.seeOther(list(search) + (search.isEmpty() ? "?" : "&") + "modifie="
                    + URLEncoder.encode(username, StandardCharsets.UTF_8), response);
        } catch (DomainException e) {
            response.setStatus(ErrorStatus.of(e));
            showList(FormFeedback.message(e.getMessage()), request, response);
        }
    }

    /** The list as the administrator was looking at it. */
    private static String list(AccountSearch search) {
        return Routes.ADMIN_ACCOUNTS + (search.isEmpty() ? "" : "?" + search.query());
    }

    /** How the confirmation names an account: its person, and the login that tells namesakes apart. */
    private static String label(Account account) {
        String login = account.getEmail() == null ? account.getUsername() : account.getEmail();
        return account.getDisplayName() == null || account.getDisplayName().isBlank() ? login
                : account.getDisplayName() + " (" + login + ")";
    }

    private static Set<String> roles(HttpServletRequest request) {
        String[] roles = request.getParameterValues("role");
        return roles == null ? Set.of() : Set.copyOf(List.of(roles));
    }

    private void showList(FormFeedback feedback, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String actor = request.getUserPrincipal().getName();
        AccountSearch search = AccountSearch.of(request);
        List<AccountRow> rows = accounts.all().stream().filter(search::matches)
                .map(a -> new AccountRow(a, a.getTerritory() == null ? null
                        : vocabularies.label(VocabularyKind.TERRITORY, a.getTerritory()), a.getUsername().equals(actor)))
                .toList();
        AccountPages.form("admin-accounts", new AdminAccountsPage(feedback, Role.ALL, rows, search,
                list(search)), request, response);
    }
}
