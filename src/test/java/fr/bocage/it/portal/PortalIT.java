package fr.bocage.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Api.Answer;
import fr.bocage.it.Api.Form;
import fr.bocage.it.ServerLog;
import fr.bocage.it.Token;
import fr.bocage.it.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The portal's pages over plain HTTP: status codes, French error pages, escaping, security headers, weight. */
class PortalIT {
    private static final int MAX_PAGE_BYTES = 300 * 1024;

    @Test
    void pagesAnswerWithTheirStatus() {
        for (String path : new String[] {"/", "/recherche", "/formations", "/accessibilite",
                "/mentions-legales", "/reseau"}) {
            Answer page = Api.get(path).expect(200);
            assertTrue(page.text().contains("<html lang=\"fr\">"), path);
            assertTrue(page.bytes().length < MAX_PAGE_BYTES, path);
        }
        assertEquals(404, Api.get("/ressources/999999").status());
        assertEquals(404, Api.get("/ressources/abc").status());
        assertTrue(Api.get("/ressources/abc").text().contains("Page introuvable"));
    }

    @Test
    void aPublicPageSeenBeforeAnswers304ToItsTagAndASignedInPageIsNeverKept() {
        Answer first = Api.get("/formations").expect(200);
        String tag = first.header("ETag").orElseThrow(() -> new AssertionError("no ETag"));
        assertTrue(tag.startsWith("W/\""), tag);
        assertEquals("no-cache", first.header("Cache-Control").orElse(null));
        assertEquals(String.valueOf(first.bytes().length), first.header("Content-Length").orElse(null));

        Answer again = new WebSession().send(WebSession.request("/formations")
                .header("If-None-Match", "\"autre\", " + tag));
        assertEquals(304, again.status());
        assertEquals(0, again.bytes().length);
        Answer changed = new WebSession().send(WebSession.request("/formations").header("If-None-Match", "W/\"x\""));
        assertEquals(200, changed.status());
        assertEquals(first.text(), changed.text());

        Answer signedIn = Api.get("/formations", Api.Caller.ADMIN).expect(200);
        assertEquals("private, no-store", signedIn.header("Cache-Control").orElse(null));
        assertTrue(signedIn.header("ETag").isEmpty());
        assertTrue(Api.get("/api/search?q=haie").header("ETag").isEmpty(), "the API keeps its own headers");
    }

    @Test
    void theServerWarmsItsBusiestPagesAndItsSearchUpAfterStarting() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        String log;
        do {
            log = Files.readString(ServerLog.messages(), StandardCharsets.UTF_8);
        } while (!(log.contains("Pages warmed up") && log.contains("Search warmed up")
                && log.contains("Indexing warmed up")) && System.nanoTime() < deadline && sleep());
        assertTrue(log.contains("Pages warmed up: "), "no warm-up of the pages in the server's log");
        assertTrue(log.contains("Search warmed up: "), "no warm-up of the search in the server's log");
        assertTrue(log.contains("Indexing warmed up: "), "no warm-up of the indexing in the server's log");
        // Its throw-away index is gone once it has ended.
        try (var left = Files.list(Path.of(System.getProperty("it.data.dir"), "tmp"))) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith("indexing-warmup")));
        }
    }

    private static boolean sleep() throws InterruptedException {
        Thread.sleep(500);
        return true;
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
    void aRegionBringsTheNationalResourcesUnlessAskedNot() {
        String token = Token.next();
        String password = "contributor-" + token;
        Api.post("/api/admin/accounts", Api.Caller.ADMIN, Json.createObjectBuilder().add("username", "draft-" + token)
                .add("password", password).add("roles", Json.createArrayBuilder().add("contributor")).build())
                .expect(201);
        // A national draft first: once the published ones are searchable, so is it (refreshes keep the write order).
        Api.upload(Form.text("brouillon.txt", "Brouillon " + token).field("title", "Brouillon national " + token)
                .field("territory", "national"), Api.Caller.account("draft-" + token, password)).expect(201);
        long regional = Api.create(Form.text("haies.txt", "Haies " + token).field("title", "Haies bretonnes " + token)
                .field("territory", "bretagne"));
        long national = Api.create(Form.text("mares.txt", "Mares " + token).field("title", "Mares de France " + token)
                .field("territory", "national"));
        Api.create(Form.text("talus.txt", "Talus " + token).field("title", "Talus normands " + token)
                .field("territory", "normandie"));
        Api.searchSettled(3, "q", token);

        JsonObject included = Api.search("q", token, "territory", "bretagne").expect(200).json();
        assertEquals(Set.of(regional, national), Set.copyOf(Api.hitIds(included)));
        assertEquals(Map.of("bretagne", 1L, "national", 1L, "normandie", 1L), Api.facet(included, "territory"),
                "each territory counted on its own, the draft nowhere");
        assertEquals(List.of(regional), Api.hitIds(Api.search("q", token, "territory", "bretagne", "national", "false")
                .expect(200).json()));
        Api.search("q", token, "national", "oui").expectError(400);

        String page = Api.get("/recherche?q=" + token + "&territory=bretagne").expect(200).text();
        assertTrue(page.contains("Mares de France " + token) && !page.contains("Brouillon national"), page);
        assertTrue(page.matches("(?s).*<input type=\"checkbox\" id=\"f-national\" name=\"national\" value=\"true\""
                + " data-autosubmit checked>.*"), "ticked by default");
        // The page's form sends the hidden false, then the box's true when ticked: the last one wins.
        String unticked = Api.get("/recherche?q=" + token + "&territory=bretagne&national=false").expect(200).text();
        assertFalse(unticked.contains("Mares de France " + token));
        assertTrue(unticked.contains("national=false"), "its links keep it");
        assertTrue(Api.get("/recherche?q=" + token + "&territory=bretagne&national=false&national=true").expect(200)
                .text().contains("Mares de France " + token));
    }

    @Test
    void theWayBackToTheSearchIsAnAddressOfTheSearchOnly() {
        String token = Token.next();
        long id = Api.create(Form.text("haies.txt", "Haies " + token).field("title", "Haies " + token)
                .field("territory", "bretagne"));
        Api.searchSettled(1, "q", token);

        String results = Api.get("/recherche?q=" + token + "&territory=bretagne&national=false").expect(200).text();
        String search = "/recherche?q=" + token + "&territory=bretagne&national=false";
        String link = "/ressources/" + id + "?retour=" + URLEncoder.encode(search, StandardCharsets.UTF_8);
        assertTrue(results.contains("href=\"" + link.replace("&", "&amp;") + "\""), results);
        assertEquals(search, back(link));

        for (String elsewhere : new String[] {"https://evil.example/recherche", "//evil.example/recherche",
                "/\\evil.example", "/admin/comptes", "/recherche/../admin", "javascript:alert(1)",
                "/recherche?q=\r\nSet-Cookie:x", "/recherche?\u012F/evil.example"}) {
            String path = "/ressources/" + id + "?retour=" + URLEncoder.encode(elsewhere, StandardCharsets.UTF_8);
            assertEquals("/recherche", back(path), elsewhere);
        }
    }

    /** Where « Retour à la recherche » leads, from a resource page. */
    private static String back(String resourcePath) {
        String page = Api.get(resourcePath).expect(200).text();
        return page.replaceAll("(?s).*<p class=\"breadcrumb\"><a href=\"([^\"]*)\".*", "$1").replace("&amp;", "&");
    }

    @Test
    void theSearchPageHasNoCourseFacetsAndItsHintsDependOnTheScript() {
        String search = Api.get("/recherche").expect(200).text();
        assertFalse(search.contains("name=\"level\"") || search.contains("name=\"modality\""), search);
        // With a course in the index: CourseIT.
        assertTrue(search.contains("<p class=\"hint\" data-script-hint hidden>La page se met à jour à chaque case "
                + "cochée.</p>"), "shown by the script");
        assertTrue(search.contains("<noscript><p class=\"hint\">Cochez les filtres voulus, puis utilisez le bouton "
                + "« Filtrer ».</p></noscript>"), search);
        assertTrue(search.contains("formaction=\"/recherche#results\""), "without script, filtering opens at the count");
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

    /** Never a dead end (issue 16): one word too many relaxes the query, and says which words are missing. */
    @Test
    void aWordTooManyIsNoDeadEnd() {
        String token = Token.next();
        String absent = Token.next();
        long id = Api.create(Form.text("proche.txt", "Haies " + token + ".").field("title", "Proche " + token));
        Api.searchSettled(1, "q", token);

        JsonObject answer = Api.search("q", token + " <b>" + absent).expect(200).json();
        JsonObject hit = answer.getJsonArray("hits").getJsonObject(0);
        assertEquals(id, hit.getJsonNumber("id").longValue(), answer::toString);
        assertEquals(List.of("<b>" + absent), hit.getJsonArray("missing").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(0, answer.getJsonObject("relaxation").getInt("fullMatches"));

        String page = Api.get("/recherche?q=" + token + "+%3Cb%3E" + absent).expect(200).text();
        assertTrue(page.contains("Aucun document ne contient tous vos mots ; voici les plus proches."), page);
        assertTrue(page.contains("<s>&lt;b&gt;" + absent + "</s><span class=\"visually-hidden\"> (mot absent)"),
                page);
        assertFalse(page.contains("<b>" + absent), "the missing words are escaped");

        JsonObject whole = Api.search("q", token).expect(200).json();
        assertTrue(!whole.containsKey("relaxation") || whole.isNull("relaxation"), whole::toString);
        JsonObject typing = Api.search("q", token.substring(0, 8), "prefix", "true").expect(200).json();
        assertEquals(1, typing.getJsonNumber("total").longValue(), typing::toString);
        assertEquals(0, Api.search("q", token.substring(0, 8)).expect(200).json().getJsonNumber("total").longValue());
    }
}
