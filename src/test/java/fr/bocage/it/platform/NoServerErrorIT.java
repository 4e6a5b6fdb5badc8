package fr.bocage.it.platform;

import static fr.bocage.it.Api.Caller.ADMIN;
import static fr.bocage.it.Api.Caller.ANONYMOUS;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import fr.bocage.it.Api;
import fr.bocage.it.ServerLog;
import fr.bocage.it.Token;
import fr.bocage.it.Api.Answer;
import fr.bocage.it.Api.Caller;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * No input gives a 5xx: hostile values in every parameter of every public and authenticated endpoint (numbers huge,
 * negative or not numbers, long strings, control characters, invalid UTF-8, bodies that are not JSON or not the
 * expected JSON, wrong content types, odd multipart shapes, missing parts). Each answer is a 2xx, 3xx or a 4xx; an API
 * 4xx is JSON with a message, a page's 4xx is an HTML page. A generated table rather than random properties: every
 * run sends the same requests, so a failure is reproduced by running the test again. The server's log must not
 * gain a single stack trace while it runs.
 */
class NoServerErrorIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Values for path segments, already URL-encoded; none is the id of something that exists. */
    private static final List<String> IDS = List.of("0", "-1", "2147483648", "99999999999999999999999", "abc",
            "1e3", "0x10", "%00", "%0A", "%E2%80%AE", "%FF", "%C3%28", "%ED%A0%80", "%20", "9".repeat(2000),
            "..%2F..%2Fetc", "%25", "1;jsessionid=x", "NaN");

    /** Values for query parameters, already URL-encoded. */
    private static final List<String> VALUES = List.of("", "-1", "0", "2147483648", "-2147483649",
            "99999999999999999999999", "abc", "1.5", "1e309", "NaN", "%00", "%0D%0ASet-Cookie:%20x=y", "%FF%FE",
            "%C3%28", "%ED%A0%80", "%E2%80%AE%E2%80%8B", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%22%27%5C",
            "x".repeat(20_000), encode("haie-".repeat(1_100)), encode("mot|".repeat(200)), encode("\"".repeat(501)),
            encode("(".repeat(1000)), encode("*".repeat(300)), "%2F%2Fevil.example", "%C4%AFevil.example");

    /** Bodies sent as they are, with each content type. */
    private static final List<String> BODIES = List.of("", "{", "}", "[]", "null", "\"x\"", "123", "true",
            "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}", "[".repeat(100_000), "{\"title\":5}",
            "{\"metadata\":[]}", "{\"metadata\":{\"title\":{\"x\":1}}}", "{\"x\":1e99999}", "{\"x\":\"\\uD800\"}",
            "{\"x\":\"\u0000\u202E\"}", "\uFEFF{}", "{\"x\":" + "9".repeat(5000) + "}");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "text/plain", "application/xml",
            "multipart/form-data", "application/x-www-form-urlencoded", "application/json; charset=latin-7");

    /**
     * Values given, one at a time, to each field of an endpoint's JSON body. The fields are those the server's OpenAPI
     * document declares for that body, so that a field added tomorrow is tried too, and only fields that are read.
     */
    private static final List<String> JSON_VALUES = List.of("null", "-1", "2147483648", "[null]", "{\"title\":[]}",
            "\"" + "x".repeat(100_000) + "\"", "\"\\u0000\\u202E\\u200B\\uDC00\"", "\"10000-01-01T00:00\"");

    private static long logStart;

    @BeforeAll
    static void rememberTheLog() throws IOException {
        logStart = Files.exists(ServerLog.messages()) ? Files.size(ServerLog.messages()) : 0;
    }

    @TestFactory
    Stream<DynamicTest> pathParameters() {
        List<String> api = List.of("/api/resources/%s", "/api/resources/%s/file", "/api/resources/%s/versions",
                "/api/resources/1/versions/%s/file", "/api/resources/%s/materials", "/api/resources/%s/history",
                "/api/webinars/%s", "/api/webinars/%s/ics", "/api/webinars/%s/registrations",
                "/api/webinars/%s/registrations.csv", "/api/courses/%s", "/api/courses/%s/sessions/%s/ics",
                "/api/admin/imports/%s", "/api/vocabularies/%s",
                "/api/partnerships/%s", "/api/programmes/%s",
                // Contact (network.contact)
                "/api/actors/%s/contact",
                "/api/actions/%s",
                "/api/actors/%s", "/api/actors/%s/claims",
                "/api/networks/%s",
                // Membership (network.membership)
                "/api/networks/%s/membership", "/api/networks/%s/members", "/api/networks/%s/requests",
                // News (issue 14 #4)
                "/api/news/%s",
                // Imports of actors and actions (issue 13 #7)
                "/api/imports/%s", "/api/imports/templates/%s.csv",
                // The newsletter (issue 14 #5)
                "/api/newsletter/issues/%s", "/api/newsletter/issues/%s/progress", "/api/newsletter/archive/%s",
                // A network's mailing list (network.list)
                "/api/networks/%s/list/messages", "/api/networks/%s/list/messages/pending",
                // The network's events (issue 14)
                "/api/events/%s", "/api/events/%s/ics",
                // Cooperation projects (issue 15)
                "/api/projects/%s", "/api/projects/%s/invitations", "/api/projects/%s/members",
                "/api/projects/%s/documents", "/api/projects/%s/news",
                // Self-diagnosis of projects (issue 15 #3), in the demo project when the server has it
                "/api/projects/%s/questionnaires", "/api/projects/%s/campaigns",
                "/api/projects/coop-r-demonstration/questionnaires/%s", "/api/projects/coop-r-demonstration/campaigns/%s",
                "/api/projects/coop-r-demonstration/campaigns/%s/answers",
                "/api/projects/coop-r-demonstration/campaigns/1/answers/%s",
                "/api/projects/coop-r-demonstration/campaigns/1/answers/%s/report",
                "/api/projects/coop-r-demonstration/campaigns/%s/comparison",
                // Saved searches (alert)
                "/api/saved-searches/%s");
        List<String> pages = List.of("/ressources/%s", "/webinaires/%s", "/formations/%s", "/formations/%s/modifier",
                "/mon-espace/ressources/%s", "/moderation/ressources/%s", "/webinaires/inscrits/%s",
                "/webinaires/modifier/%s", "/contribuer/nouvelle-version/%s",
                "/partenariats/%s", "/programmes/%s",
                // Contact (network.contact)
                "/acteurs/%s/contact",
                "/actions/%s", "/actions/%s/modifier",
                "/acteurs/%s", "/acteurs/%s/modifier",
                // Membership (network.membership)
                "/reseaux/%s", "/reseaux/%s/adhesion", "/reseaux/%s/profil", "/reseaux/%s/adhesions",
                "/reseaux/%s/membres", "/reseaux/territoires-participatifs/%s",
                // News (issue 14 #4)
                "/actualites/%s", "/actualites/%s/modifier", "/reseaux/%s/actualites.atom",
                // Imports of actors and actions (issue 13 #7)
                "/moderation/imports/%s", "/moderation/imports/%s/lignes-refusees.csv",
                // The newsletter (issue 14 #5)
                "/lettre/%s", "/lettre/numeros/%s", "/lettre/numeros/%s/apercu", "/lettre/numeros/%s/apercu.txt",
                // A network's mailing list (network.list)
                "/reseaux/%s/liste", "/reseaux/%s/liste/moderation", "/reseaux/%s/liste/desabonnement",
                // The network's events (issue 14)
                "/agenda/%s", "/agenda/%s/revivre", "/agenda/%s.ics", "/agenda/%s/modifier", "/agenda/%s/soumettre",
                // Cooperation projects (issue 15)
                "/projets/%s", "/projets/%s/modifier", "/projets/%s/espace", "/projets/%s/membres",
                "/projets/invitation/%s",
                // Self-diagnosis of projects (issue 15 #3), in the demo project when the server has it
                "/projets/%s/autodiagnostic", "/projets/coop-r-demonstration/autodiagnostic/questionnaires/%s",
                "/projets/coop-r-demonstration/autodiagnostic/campagnes/%s",
                "/projets/coop-r-demonstration/autodiagnostic/campagnes/%s/comparaison",
                "/projets/coop-r-demonstration/autodiagnostic/campagnes/%s/comparaison.csv",
                "/projets/coop-r-demonstration/autodiagnostic/campagnes/1/rapport/%s",
                // Saved searches (alert)
                "/compte/alertes/%s", "/alertes/%s.atom", "/alertes/%s");
        return Stream.concat(api.stream().map(p -> get(p, true)), pages.stream().map(p -> get(p, false)));
    }

    private DynamicTest get(String template, boolean api) {
        return dynamicTest("GET " + template, () -> assertAll(IDS.stream().flatMap(id -> Stream.of(ADMIN, ANONYMOUS)
                .map(caller -> check(request(template.replace("%s", id), caller).GET(), api)))));
    }

    @TestFactory
    Stream<DynamicTest> queryParameters() {
        return Stream.of(
                query("/api/search", true, "q", "sort", "page", "size", "exact", "national", "prefix", "type", "theme", "territory",
                        "audience", "year", "language", "format", "level", "modality", "inconnu"),
                query("/api/suggest", true, "q"),
                query("/api/webinars", true, "when", "theme"),
                query("/api/courses", true, "q", "page", "level"),
                query("/api/admin/accounts", true, "q"),
                query("/recherche", false, "q", "sort", "page", "size", "exact", "national", "prefix", "type", "theme", "year",
                        "inconnu"),
                query("/ressources/1", false, "retour"),
                query("/formations", false, "q", "page", "size", "level", "modality", "theme"),
                query("/webinaires", false, "theme", "passes", "page"),
                query("/webinaires.ics", false, "theme"),
                // Saved searches (alert)
                query("/recherche.atom", false, "q", "sort", "page", "size", "exact", "national", "type", "theme",
                        "inconnu"),
                query("/alertes/arret", false, "jeton"),
                query("/compte/alertes/nouvelle", false, "recherche"),
                // « Mes abonnements » (its posts: MySubscriptionsIT)
                query("/mon-espace/abonnements", false, "fait"),
                query("/api/saved-searches/digest", true, "at"),
                query("/connexion", false, "retour"),
                query("/inscription/confirmer", false, "jeton"),
                query("/webinaires/confirmation", false, "jeton"),
                query("/webinaires/annulation", false, "jeton"),
                query("/nouveau-mot-de-passe", false, "jeton"),
                query("/", false, "q"),
                query("/api/partnerships", true, "programme"),
                // Contact (network.contact)
                query("/contact/transmis", false, "acteur"),
                query("/api/actions", true, "q", "page", "size", "progress", "scheme", "theme", "inconnu"),
                query("/api/actions/indicators", true, "territory", "theme", "scheme", "progress", "year"),
                query("/actions", false, "q", "page", "progress", "scheme", "year"),
                query("/actions/bilan", false, "territory", "theme", "scheme", "progress", "year", "format"),
                query("/actions/bilan.csv", false, "year", "scheme"),
                query("/api/actors", true, "q", "page", "size", "actorKind", "engagement", "territory", "theme",
                        "type", "inconnu"),
                query("/api/actors/export", true, "format"),
                query("/acteurs", false, "q", "page", "size", "actorKind", "engagement", "territory", "theme",
                        "inconnu"),
                // News (issue 14 #4)
                query("/api/news", true, "q", "sort", "page", "size", "theme", "territory", "network", "inconnu"),
                query("/actualites", false, "q", "sort", "page", "size", "theme", "territory", "network", "inconnu"),
                // Course sessions' sign-up and registrants (issue 20).
                query("/formations/1", false, "session", "inscription", "rang"),
                query("/webinaires/inscrits/1", false, "session"),
                query("/api/webinars/1/registrations.csv", true, "session"),
                // The newsletter (issue 14 #5)
                query("/lettre/abonnement", false, "email"),
                query("/lettre/confirmation", false, "jeton"),
                query("/lettre/desabonnement", false, "jeton"),
                // The network's events (issue 14)
                query("/agenda", false, "periode", "kind", "format", "territory", "month", "inscription", "reseau"),
                query("/agenda/proposer", false, "inconnu"),
                query("/api/events", true, "when", "kind", "format", "territory", "month", "network"),
                query("/api/projects", true, "country", "period"),
                query("/projets", false, "country", "period"),
                // Harvesting (issue 18 #1, #2): every argument of every verb, HarvestIT checks the answers' schema
                query("/oai", false, "verb", "identifier", "metadataPrefix", "from", "until", "set",
                        "resumptionToken"),
                query("/oai?verb=ListRecords&metadataPrefix=oai_dc", false, "from", "until", "set", "resumptionToken"),
                query("/oai?verb=ListIdentifiers&metadataPrefix=oai_dc&from=2000-01-01", false, "until"),
                query("/oai?verb=GetRecord&metadataPrefix=oai_dc", false, "identifier"),
                query("/oai?verb=ListMetadataFormats", false, "identifier"),
                query("/oai?verb=ListSets", false, "resumptionToken"),
                query("/sitemap.xml", false, "part"),
                query("/robots.txt", false, "inconnu"),
                // The administration console (issue 18 #4; its posts: ConsoleIT)
                query("/admin", false, "fait"),
                query("/admin/imports", false, "fait"),
                query("/admin/index", false, "fait"),
                query("/admin/courriels", false, "fait"),
                query("/admin/sauvegardes", false, "fait"));
    }

    private DynamicTest query(String path, boolean api, String... parameters) {
        return dynamicTest("GET " + path, () -> assertAll(Stream.of(parameters).flatMap(p -> VALUES.stream()
                .map(v -> check(request(path + (path.contains("?") ? "&" : "?") + p + "=" + v, ADMIN).GET(),
                        api)))));
    }

    @TestFactory
    Stream<DynamicTest> jsonBodies() {
        List<String[]> endpoints = List.of(
                new String[] {"POST", "/api/accounts"}, new String[] {"POST", "/api/admin/accounts"},
                new String[] {"PUT", "/api/admin/accounts/personne-" + Token.next() + "/roles"},
                new String[] {"PUT", "/api/admin/accounts/personne-" + Token.next() + "/enabled"},
                new String[] {"POST", "/api/reports"}, new String[] {"PUT", "/api/reports/0"},
                new String[] {"POST", "/api/webinars"}, new String[] {"PUT", "/api/webinars/0"},
                new String[] {"POST", "/api/courses"}, new String[] {"PUT", "/api/courses/0"},
                new String[] {"POST", "/api/partnerships"}, new String[] {"PUT", "/api/partnerships/0"},
                new String[] {"POST", "/api/programmes"}, new String[] {"PUT", "/api/programmes/0"},
                new String[] {"POST", "/api/projects"}, new String[] {"PUT", "/api/projects/0"},
                new String[] {"PUT", "/api/resources/0"}, new String[] {"POST", "/api/webinars/0/registrations"},
                new String[] {"PUT", "/api/webinars/0/registrations/0/attendance"},
                new String[] {"POST", "/api/registrations/cancel"}, new String[] {"POST", "/api/registrations/confirm"},
                new String[] {"POST", "/api/admin/imports"},
                new String[] {"POST", "/api/vocabularies/inconnu"}, new String[] {"POST", "/api/resources/0/submit"},
                new String[] {"POST", "/api/resources/0/retract"},
                new String[] {"POST", "/api/resources/0/publish"}, new String[] {"POST", "/api/resources/0/reject"},
                new String[] {"POST", "/api/resources/0/request-changes"},
                new String[] {"POST", "/api/resources/0/withdraw"}, new String[] {"POST", "/api/admin/reindex/x"},
                new String[] {"PUT", "/api/admin/thesaurus/file"}, new String[] {"POST", "/api/admin/thesaurus/reload"},
                // Contact (network.contact)
                new String[] {"POST", "/api/contact"}, new String[] {"POST", "/api/actors/0/contact"},
                new String[] {"POST", "/api/actions"}, new String[] {"PUT", "/api/actions/0"},
                new String[] {"POST", "/api/actions/0/submit"}, new String[] {"POST", "/api/indicators"},
                new String[] {"PUT", "/api/indicators/x"},
                new String[] {"POST", "/api/actors"}, new String[] {"PUT", "/api/actors/0"},
                new String[] {"POST", "/api/actors/0/submit"}, new String[] {"POST", "/api/actors/0/claims"},
                new String[] {"POST", "/api/actors/claims/0/confirm"},
                // Membership (network.membership), on a demo network when the server has them
                new String[] {"POST", "/api/networks/territoires-participatifs/membership"},
                new String[] {"PUT", "/api/networks/territoires-participatifs/membership"},
                new String[] {"POST", "/api/networks/territoires-participatifs/requests/0/accept"},
                // News (issue 14 #4)
                new String[] {"POST", "/api/news"}, new String[] {"PUT", "/api/news/0"},
                new String[] {"POST", "/api/news/0/submit"},
                // Imports of actors and actions (issue 13 #7): a JSON body is refused (415), any other is a bad CSV.
                new String[] {"POST", "/api/imports/actors"}, new String[] {"POST", "/api/imports/actions"},
                new String[] {"POST", "/api/imports/inconnu"},
                // The newsletter (issue 14 #5)
                new String[] {"POST", "/api/newsletter/subscriptions"},
                new String[] {"POST", "/api/newsletter/subscriptions/confirm"},
                new String[] {"POST", "/api/newsletter/unsubscribe"}, new String[] {"PUT", "/api/newsletter/issues/0"},
                // A network's mailing list (network.list)
                new String[] {"POST", "/api/networks/x/list/messages"},
                new String[] {"POST", "/api/networks/x/list/messages/0/reject"},
                new String[] {"PUT", "/api/networks/x/list/settings"},
                new String[] {"PUT", "/api/networks/x/enrolments/y"},
                new String[] {"PUT", "/api/projects/x/enrolments/y"},
                new String[] {"POST", "/api/projects/x/invitations"}, new String[] {"POST", "/api/projects/x/news"},
                new String[] {"POST", "/api/project-invitations/x"},
                // Self-diagnosis of projects (issue 15 #3), in the demo project when the server has it
                new String[] {"POST", "/api/projects/coop-r-demonstration/questionnaires"},
                new String[] {"PUT", "/api/projects/coop-r-demonstration/questionnaires/0"},
                new String[] {"POST", "/api/projects/coop-r-demonstration/campaigns"},
                new String[] {"PUT", "/api/projects/coop-r-demonstration/campaigns/0/answers/0"},
                // The network's events (issue 14)
                new String[] {"POST", "/api/events"}, new String[] {"PUT", "/api/events/0"},
                new String[] {"POST", "/api/events/0/submit"}, new String[] {"POST", "/api/events/0/registrations"},
                // Saved searches (alert)
                new String[] {"POST", "/api/saved-searches"}, new String[] {"PUT", "/api/saved-searches/0"},
                new String[] {"POST", "/api/saved-searches/stop"});
        return endpoints.stream().map(e -> dynamicTest(e[0] + " " + e[1], () -> {
            List<Executable> checks = new ArrayList<>();
            for (Caller caller : List.of(ADMIN, ANONYMOUS)) {
                for (String body : BODIES) {
                    checks.add(check(withBody(request(e[1], caller), e[0], "application/json", body), true));
                }
                for (String type : CONTENT_TYPES) {
                    checks.add(check(withBody(request(e[1], caller), e[0], type, "{}"), true));
                }
                checks.add(check(request(e[1], caller).method(e[0], HttpRequest.BodyPublishers.noBody()), true));
            }
            // Field by field as the administrator, whom no role check stops before the body is read.
            for (String field : OpenApiBodies.fieldsOf(e[0], e[1])) {
                for (String value : JSON_VALUES) {
                    checks.add(check(withBody(request(e[1], ADMIN), e[0], "application/json",
                            "{\"" + field + "\":" + value + "}"), true));
                }
            }
            assertAll(checks);
        }));
    }

    @Test
    void theBodiesFieldsAreTheOnesTheServerDeclares() {
        assertTrue(OpenApiBodies.fieldsOf("PUT", "/api/news/0").containsAll(List.of("title", "lead", "body", "themes")),
                OpenApiBodies.fieldsOf("PUT", "/api/news/0").toString());
        assertEquals(List.of(), OpenApiBodies.fieldsOf("POST", "/api/inconnu/0"));
    }

    @TestFactory
    Stream<DynamicTest> multipartShapes() {
        String b = "b0undary";
        String file = "--" + b + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"note.txt\"\r\n\r\n"
                + "Une note " + Token.next() + ".\r\n";
        List<String[]> shapes = List.of(
                new String[] {"multipart/form-data", file + "--" + b + "--\r\n"},
                new String[] {"multipart/form-data; boundary=" + b, ""},
                new String[] {"multipart/form-data; boundary=" + b, "pas du multipart"},
                new String[] {"multipart/form-data; boundary=" + b, file},
                new String[] {"multipart/form-data; boundary=" + b, "--" + b + "--\r\n"},
                new String[] {"multipart/form-data; boundary=" + b, "--" + b + "\r\nContent-Disposition: form-data"
                        + "\r\n\r\nsans nom\r\n--" + b + "--\r\n"},
                new String[] {"multipart/form-data; boundary=" + b, "--" + b + "\r\nContent-Disposition: form-data;"
                        + " name=\"title\"\r\n\r\nsans fichier\r\n--" + b + "--\r\n"},
                new String[] {"multipart/form-data; boundary=" + b, "--" + b + "\r\nContent-Disposition: form-data;"
                        + " name=\"file\"\r\n\r\n\r\n--" + b + "--\r\n"},
                new String[] {"multipart/form-data; boundary=" + b, file + file + "--" + b + "--\r\n"},
                new String[] {"multipart/form-data; boundary=" + b, file + "--" + b + "\r\nContent-Disposition: "
                        + "form-data; name=\"inconnu\"\r\n\r\nx\r\n--" + b + "--\r\n"},
                new String[] {"multipart/form-data; boundary=" + b, file + "--" + b + "\r\nContent-Disposition: "
                        + "form-data; name=\"year\"\r\n\r\n99999999999\r\n--" + b + "--\r\n"},
                new String[] {"multipart/form-data; boundary=" + b, file + "--" + b + "\r\nContent-Disposition: "
                        + "form-data; name=\"date\"\r\n\r\n2026-02-31\r\n--" + b + "--\r\n"},
                new String[] {"multipart/form-data; boundary=" + b, file + "--" + b + "\r\nContent-Disposition: "
                        + "form-data; name=\"title\"\r\n\r\n" + "t".repeat(30_000) + "\r\n--" + b + "--\r\n"},
                new String[] {"multipart/form-data; boundary=" + b, "--" + b + "\r\nContent-Disposition: form-data;"
                        + " name=\"file\"; filename=\"" + "n".repeat(5000) + "\"\r\n\r\nx" + Token.next() + "\r\n--"
                        + b + "--\r\n"},
                new String[] {"multipart/form-data; boundary=" + b, "--" + b + "\r\nContent-Disposition: form-data;"
                        + " name=\"file\"; filename=\"a\u0000\u202E\r.txt\"\r\n\r\nx" + Token.next() + "\r\n--" + b
                        + "--\r\n"},
                new String[] {"multipart/form-data; boundary=" + "x".repeat(5000), file},
                new String[] {"application/json", file + "--" + b + "--\r\n"},
                new String[] {"text/plain", "bonjour"});
        return Stream.of("/api/resources", "/api/resources/0/versions", "/api/resources/0/materials",
                        "/api/projects/x/documents")
                .map(path -> dynamicTest("POST " + path, () -> assertAll(shapes.stream()
                        .flatMap(s -> Stream.of(ADMIN, ANONYMOUS).map(caller -> check(withBody(request(path, caller),
                                "POST", s[0], s[1]), true))))));
    }

    @AfterAll
    static void noStackTraceWasLogged() throws IOException {
        Api.awaitReady(Duration.ofSeconds(30));
        if (!Files.exists(ServerLog.messages())) {
            return;
        }
        String added;
        try (var in = Files.newInputStream(ServerLog.messages())) {
            in.skipNBytes(logStart);
            added = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // Liberty's web container refuses an encoded slash (CWWWC0005I) with a 400 before any application code runs,
        // and logs it with its trace: that entry is the container's, not Bocage's, and is left out.
        List<String> traces = Stream.of(added.split("\n(?=\\[)")).filter(entry -> !entry.contains("CWWWC0005I"))
                .flatMap(String::lines).filter(l -> l.startsWith("\tat ") || l.contains(" E ")).limit(40).toList();
        assertEquals(List.of(), traces, "stack traces or errors logged while hostile input came in");
    }

    private static HttpRequest.Builder request(String path, Caller caller) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .timeout(Duration.ofMinutes(1));
        caller.authorization().ifPresent(value -> builder.header("Authorization", value));
        return builder;
    }

    private static HttpRequest.Builder withBody(HttpRequest.Builder request, String method, String type, String body) {
        return request.header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    /** The request's answer, checked: never a 5xx; a 4xx says why, in JSON from the API, on a page elsewhere. */
    private static Executable check(HttpRequest.Builder request, boolean api) {
        HttpRequest built = request.build();
        return () -> {
            Answer answer = Api.send(CLIENT, HttpRequest.newBuilder(built, (n, v) -> true));
            String what = built.method() + " " + abbreviated(built.uri().toString()) + " → " + answer.status() + " "
                    + abbreviated(answer.text());
            assertTrue(answer.status() < 500, what);
            if (answer.status() == 400 && answer.text().contains("CWWWC0005I")) {
                // An encoded NUL, CR or LF in the path: Liberty's web container refuses it before any filter, servlet
                // or error page runs, so no application code can make this answer JSON. Still a 400, never a 5xx.
                return;
            }
            if (answer.status() >= 400) {
                String type = answer.header("Content-Type").orElse("");
                if (api) {
                    assertTrue(type.startsWith("application/json"), what + " [" + type + "]");
                    JsonObject error = Json.createReader(new StringReader(answer.text())).readObject();
                    assertTrue(!error.getString("message", "").isBlank(), what);
                } else {
                    assertTrue(type.startsWith("text/html"), what + " [" + type + "]");
                }
            }
        };
    }

    private static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
