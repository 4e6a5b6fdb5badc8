package fr.bocage.account;

import fr.bocage.platform.web.FormFeedback;
import java.util.List;

/**
 * The administrators' list of accounts, with every role one can grant.
 *
 * @param accounts the accounts the search found
 * @param action   the address the page's forms post to: the list with the search, kept after a change
 */
public record AdminAccountsPage(FormFeedback feedback, List<String> roles, List<AccountRow> accounts,
        AccountSearch search, String action) {
}
