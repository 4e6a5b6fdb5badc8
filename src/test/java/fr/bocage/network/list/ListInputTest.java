package fr.bocage.network.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a member writes, before it becomes e-mails (a one-line subject), and the list's addresses. */
class ListInputTest {

    @Test
    void theSubjectIsOneLineSinceItBecomesAHeader() {
        ListInput input = new ListInput("  Sortie\r\nBcc: tous@exemple.fr\u202E ", " Bonjour\n\nà samedi \n");
        assertEquals("Sortie Bcc: tous@exemple.fr", input.subject());
        assertEquals("Bonjour\n\nà samedi", input.message(), "the message keeps its lines");
    }

    /** Only the list's own addresses are handed over; the membership pages keep every other path below /reseaux. */
    @Test
    void theFilterTakesTheListsAddressesOnly() {
        for (String path : new String[] {"/reseaux/haies-et-bocages/liste", "/reseaux/a1/liste/moderation",
                "/reseaux/a1/liste/desabonnement", "/reseaux/a1/liste/"}) {
            assertTrue(ListPathFilter.LIST_PATH.matcher(path).matches(), path);
        }
        for (String path : new String[] {"/reseaux/haies-et-bocages", "/reseaux/a1/adhesion", "/reseaux/a1/listes",
                "/reseaux/A1/liste", "/reseaux/../liste", "/reseaux/a1/liste/x/y", "/reseaux/a1;x=1/liste"}) {
            assertFalse(ListPathFilter.LIST_PATH.matcher(path).matches(), path);
        }
    }
}
