package fr.bocage.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.platform.security.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountSearchTest {
    private final Account helene = Account.selfRegistered("Helene.Morvan@asso-bocage.fr", "hash", "Hélène Le Morvan",
            "Asso", null, null);
    private final Account moderator = new Account("modo", "hash", null, Set.of(Role.MODERATOR));

    @Test
    void wordsAreFoundInNameAddressOrLoginWhateverTheCaseAndAccents() {
        assertTrue(new AccountSearch("helene", "").matches(helene));
        assertTrue(new AccountSearch("  MORVAN  hélène ", null).matches(helene), "every word, in any order");
        assertTrue(new AccountSearch("asso-bocage", "").matches(helene), "the address");
        assertTrue(new AccountSearch("modo", "").matches(moderator), "the login of an account without a name");
        assertFalse(new AccountSearch("helene dupont", "").matches(helene), "all words must be found");
        assertFalse(new AccountSearch("helene", "").matches(moderator));
    }

    @Test
    void aRoleKeepsOnlyItsAccountsAndAnUnknownOneIsIgnored() {
        assertTrue(new AccountSearch("", Role.MODERATOR).matches(moderator));
        assertFalse(new AccountSearch("", Role.MODERATOR).matches(helene));
        assertTrue(new AccountSearch("", Role.CONTRIBUTOR).matches(helene));
        AccountSearch unknown = new AccountSearch(null, "overlord");
        assertTrue(unknown.isEmpty());
        assertTrue(unknown.matches(helene) && unknown.matches(moderator));
    }

    @Test
    void theQueryFindsTheSameAgain() {
        assertEquals("", new AccountSearch(" ", "").query());
        assertEquals("q=h%C3%A9l%C3%A8ne+m&filtre-role=moderator", new AccountSearch("hélène m", "moderator").query());
    }
}
