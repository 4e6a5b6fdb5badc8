package fr.bocage.account;

import fr.bocage.platform.web.FormFeedback;
import java.util.List;

/** The administrators' list of accounts, with every role one can grant. */
public record AdminAccountsPage(FormFeedback feedback, List<String> roles, List<AccountRow> accounts) {
}
