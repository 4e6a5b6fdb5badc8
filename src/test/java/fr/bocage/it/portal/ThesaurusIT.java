package fr.bocage.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Api.Answer;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Api.Form;
import fr.bocage.it.Token;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The field's thesaurus on the running server (issue 16): searches widened, shown, turned off, replaced by admins. */
class ThesaurusIT {
    private static final String PATH = "/api/admin/thesaurus";
    private static final String TURTLE = "text/turtle";

    @Test
    void anAcronymFindsItsExpansionSaysSoAndOneClickTurnsItOff() {
        String token = Token.next();
        long id = Api.create(Form.text("tvb.txt", "Notre trame verte et bleue " + token + ".")
                .field("title", "Continuités " + token));
        Api.searchSettled(1, "q", token);

        JsonObject widened = Api.search("q", "TVB " + token).expect(200).json();
        assertEquals(id, Api.hitIds(widened).get(0), widened::toString);
        JsonObject expansion = widened.getJsonArray("expansions").getJsonObject(0);
        assertEquals("TVB", expansion.getString("matched"));
        assertTrue(expansion.getJsonArray("added").toString().contains("trame verte et bleue"), widened::toString);
        assertEquals(0, Api.search("q", "TVB " + token, "exact", "true").expect(200).json()
                .getJsonNumber("total").longValue(), "the words as typed only");

        String page = Api.get("/recherche?q=TVB+" + token).expect(200).text();
        assertTrue(page.contains("Recherche étendue à :"), page);
        assertTrue(page.contains("trame verte et bleue, continuités écologiques (pour « TVB »)"), page);
        assertTrue(page.contains("exact=true\">Chercher seulement les mots saisis</a>"), page);
    }

    @Test
    void administratorsReplaceAndReloadItAndABrokenFileChangesNothing() {
        JsonObject current = Api.get(PATH, Caller.ADMIN).expect(200).json();
        assertTrue(current.getInt("concepts") >= 150, current::toString);
        byte[] original = Api.get(PATH + "/file", Caller.ADMIN).expect(200).bytes();
        String token = Token.next();
        long id = Api.create(Form.text("haie.txt", "Un linéaire " + token + ".").field("title", "Haie " + token));
        Api.searchSettled(1, "q", token);
        try {
            String custom = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                    + "<urn:t:lineaire> a skos:Concept ; skos:prefLabel \"" + token + "\"@fr ; skos:altLabel \"bosquet"
                    + token + "\"@fr .\n";
            JsonObject replaced = Api.send("PUT", PATH + "/file", Caller.ADMIN, TURTLE,
                    custom.getBytes(StandardCharsets.UTF_8)).expect(200).json();
            assertEquals(1, replaced.getInt("concepts"));
            assertEquals("data", replaced.getString("source"));
            assertEquals(id, Api.hitIds(Api.search("q", "bosquet" + token).expect(200).json()).get(0),
                    "in use at once, without reindexing");

            Answer broken = Api.send("PUT", PATH + "/file", Caller.ADMIN, TURTLE,
                    "<urn:x> a ".getBytes(StandardCharsets.UTF_8)).expect(400);
            assertTrue(broken.text().contains("Le thésaurus est illisible (ligne"), broken.text());
            assertEquals(1, Api.post(PATH + "/reload", Caller.ADMIN).expect(200).json().getInt("concepts"),
                    "the broken file was not kept");
        } finally {
            Api.send("PUT", PATH + "/file", Caller.ADMIN, TURTLE, original).expect(200);
        }
        assertTrue(Api.get(PATH, Caller.ADMIN).expect(200).json().getInt("concepts") >= 150);
    }
}
