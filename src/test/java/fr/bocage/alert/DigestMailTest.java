package fr.bocage.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.mail.OutgoingMail;
import fr.bocage.search.FacetVocabulary;
import fr.bocage.search.SearchResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestMailTest {
    private static final FacetVocabulary CODES = new FacetVocabulary() {
        @Override
        public String label(String dimension, String code) {
            return code;
        }

        @Override
        public String code(String dimension, String input) {
            return input;
        }
    };

    private static PublishedMatches.Match match(long id, String title, String snippet) {
        return new PublishedMatches.Match(new SearchResult.Hit(id, title, "guide", 2026, null, List.of(), snippet, 1f),
                Instant.parse("2026-12-05T08:00:00Z"));
    }

    @Test
    void theDigestListsTheMatchesInTextAndEscapedHtmlWithOneClickUnsubscription() {
        SavedQuery query = SavedQuery.parse("q=haies&theme=water", CODES);
        SavedSearch search = new SavedSearch("camille", "Haies <b>& mares</b>", query, DigestFrequency.DAILY,
                Instant.parse("2026-12-01T00:00:00Z"));
        OutgoingMail mail = DigestMail.compose("camille@example.org", search, query,
                List.of(match(12, "Planter des <haies>", "Des <mark>haies</mark> &amp; des talus")), 1,
                path -> "https://bocage.example" + path);

        assertEquals("Une nouveauté pour votre recherche « Haies <b>& mares</b> »", mail.subject());
        assertTrue(mail.text().contains("- Planter des <haies>\n  https://bocage.example/ressources/12\n"
                + "  Des haies & des talus\n"), mail.text());
        assertTrue(mail.text().contains("https://bocage.example/recherche?q=haies&theme=water"), mail.text());
        assertTrue(mail.text().contains("https://bocage.example/alertes/" + search.getFeedToken() + ".atom"));
        assertTrue(mail.text().contains("https://bocage.example/alertes/arret?jeton=" + search.getStopToken()));

        assertTrue(mail.html().contains("<a href=\"https://bocage.example/ressources/12\">Planter des &lt;haies&gt;</a>"),
                mail.html());
        assertTrue(mail.html().contains("Des <mark>haies</mark> &amp; des talus"), "the snippet, already safe");
        assertTrue(mail.html().contains("« Haies &lt;b&gt;&amp; mares&lt;/b&gt; »"), mail.html());
        assertFalse(mail.html().contains("<b>"), "no markup from the name");
        assertTrue(mail.html().contains("recherche?q=haies&amp;theme=water"), "attributes escaped too");

        assertEquals("<https://bocage.example/api/saved-searches/stop?token=" + search.getStopToken() + ">",
                mail.headers().get("List-Unsubscribe"));
        assertEquals("List-Unsubscribe=One-Click", mail.headers().get("List-Unsubscribe-Post"));
    }

    @Test
    void manyMatchesListTheNewestAndSayHowManyMore() {
        SavedQuery query = SavedQuery.parse("", CODES);
        SavedSearch search = new SavedSearch("camille", "Tout", query, DigestFrequency.WEEKLY, Instant.now());
        List<PublishedMatches.Match> matches = new ArrayList<>();
        for (int i = 1; i <= DigestMail.LISTED; i++) {
            matches.add(match(i, "Ressource " + i, ""));
        }
        OutgoingMail mail = DigestMail.compose("c@example.org", search, query, matches, 57, p -> "https://b.example" + p);
        assertEquals("57 nouveautés pour votre recherche « Tout »", mail.subject());
        assertTrue(mail.text().contains("Et 37 autres, sur la page de la recherche."), mail.text());
        assertEquals(DigestMail.LISTED, mail.text().split("\n- ").length - 1);
    }
}
