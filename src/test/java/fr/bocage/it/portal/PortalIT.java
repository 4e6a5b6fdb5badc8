package fr.bocage.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Api.Answer;
import fr.bocage.it.Api.Form;
import fr.bocage.it.Token;
import org.junit.jupiter.api.Test;

/** The portal's pages over plain HTTP: status codes, French error pages, escaping, security headers, weight. */
class PortalIT {
    private static final int MAX_PAGE_BYTES = 300 * 1024;

    @Test
    void pagesAnswerWithTheirStatus() {
        for (String path : new String[] {"/", "/recherche", "/formations", "/accessibilite",
                "/mentions-legales"}) {
            Answer page = Api.get(path).expect(200);
            assertTrue(page.text().contains("<html lang=\"fr\">"), path);
            assertTrue(page.bytes().length < MAX_PAGE_BYTES, path);
        }
        assertEquals(404, Api.get("/ressources/999999").status());
        assertEquals(404, Api.get("/ressources/abc").status());
        assertTrue(Api.get("/ressources/abc").text().contains("Page introuvable"));
    }

    @Test
    void trackingParametersOfSharedLinksAreIgnoredByThePageOnly() {
        Api.get("/recherche?q=haie&utm_source=lettre&utm_medium=email&fbclid=abc").expect(200);
        Api.get("/recherche?q=haie&colour=green").expect(400);
        Api.get("/api/search?q=haie&utm_source=lettre").expectError(400);
    }

    @Test
    void invalidSearchParametersGiveAFrenchMessage() {
        Answer unknownType = Api.get("/recherche?type=nimportequoi").expect(400);
        assertTrue(unknownType.text().contains("Valeur inconnue pour « type » : « nimportequoi »"), unknownType.text());
        Answer badPage = Api.get("/recherche?page=abc").expect(400);
        assertTrue(badPage.text().contains("La page doit être un nombre entier positif."), badPage.text());
        assertFalse(badPage.text().contains("Exception"));
    }

    @Test
    void aResourceWithoutAuthorOrOrganisationIsCitedAsBocage() {
        String token = Token.next();
        long id = Api.create(Form.text("anonyme.txt", "Texte " + token).field("title", "Anonyme " + token)
                .field("year", "2024"));
        String citation = Api.get("/ressources/" + id).expect(200).text().replaceAll("(?s).*<p class=\"citation\">", "")
                .replaceAll("(?s)</p>.*", "");
        assertTrue(citation.startsWith("Bocage (2024). Anonyme " + token + "."), citation);
    }

    @Test
    void pagesCarrySecurityHeaders() {
        for (String path : new String[] {"/", "/ressources/999999"}) {
            Answer page = Api.get(path);
            assertTrue(page.header("Content-Security-Policy").orElseThrow().startsWith("default-src 'self'"), path);
            assertEquals("nosniff", page.header("X-Content-Type-Options").orElseThrow(), path);
            assertTrue(page.header("Referrer-Policy").isPresent(), path);
        }
    }

    @Test
    void titlesAreEscapedOnEveryPage() {
        String token = Token.next();
        String title = "<script>alert(1)</script> " + token;
        long id = Api.create(Form.text("xss.txt", "Texte " + token + " <b>gras</b>").field("title", title));
        Api.searchSettled(1, "q", token);

        String search = Api.get("/recherche?q=" + token).expect(200).text();
        String resource = Api.get("/ressources/" + id).expect(200).text();
        for (String page : new String[] {search, resource}) {
            assertFalse(page.contains("<script>alert(1)"), page);
            assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; " + token), page);
            assertFalse(page.contains("<b>gras"), page);
        }
        String query = Api.get("/recherche?q=%3Ci%3E" + token).expect(200).text();
        assertFalse(query.contains("<i>" + token), "the query is escaped where it is repeated");
        assertTrue(resource.contains("\"name\":\"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e " + token + "\""),
                resource);
    }
}
