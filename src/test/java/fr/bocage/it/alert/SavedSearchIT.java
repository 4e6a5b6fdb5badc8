package fr.bocage.it.alert;

import static fr.bocage.it.Api.Caller.ADMIN;
import static fr.bocage.it.Api.Caller.ANONYMOUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import fr.bocage.it.Api;
import fr.bocage.it.Api.Answer;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Api.Form;
import fr.bocage.it.Mailbox;
import fr.bocage.it.Person;
import fr.bocage.it.Token;
import fr.bocage.it.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Saved searches against the running server: save one, publish a matching resource, run the digest as if a day had
 * passed, read the e-mail (MIME: both parts, the RFC 8058 headers), stop it in one click, and get nothing more; the
 * Atom feeds parse with Rome and hold only what is published; each account reaches only its own searches.
 */
class SavedSearchIT {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    private static JsonObject input(String name, String search, String frequency) {
        return Json.createObjectBuilder().add("name", name).add("search", search).add("frequency", frequency).build();
    }

    /** A published resource holding {@code word}, uploaded by the administrator (published at once). */
    private static long published(String word, String title) {
        // A word of its own in each: the same bytes twice would be a duplicate upload (409).
        return Api.upload(Form.text("alerte-" + Token.next() + ".txt", "Une fiche sur les haies et " + word
                        + ", numéro " + Token.next() + ".")
                .field("title", title).field("type", "guide"), ADMIN).expect(201).locationId();
    }

    /** A contributor's draft holding {@code word}, sent to moderation: never published. */
    private static long submitted(String word, Caller contributor) {
        long id = Api.upload(Form.text("brouillon-" + Token.next() + ".txt", "Un projet interne sur " + word + ".")
                .field("title", "Brouillon " + word).field("type", "guide").described(), contributor).expect(201)
                .locationId();
        Api.post("/api/resources/" + id + "/submit", contributor).expect(200);
        return id;
    }

    private static Answer runDigest(Instant at) {
        return Api.post("/api/saved-searches/digest?at=" + at, ADMIN).expect(200);
    }

    private static Feed feed(String path) throws Exception {
        Answer answer = Api.get(path).expect(200);
        assertTrue(answer.header("Content-Type").orElse("").startsWith("application/atom+xml"),
                () -> answer.header("Content-Type").toString());
        WireFeedInput input = new WireFeedInput();
        input.setXmlHealerOn(false);
        return (Feed) input.build(new StringReader(answer.text()));
    }

    private static List<String> entryIds(Feed feed) {
        return feed.getEntries().stream().map(Entry::getId).toList();
    }

    private static List<MimeMessage> mailsTo(String to, String marker) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            for (Address recipient : message.getAllRecipients()) {
                if (recipient.toString().equalsIgnoreCase(to) && message.getSubject().contains(marker)) {
                    found.add(message);
                }
            }
        }
        return found;
    }

    private static MimeMessage awaitMail(String to, String marker) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            List<MimeMessage> found = mailsTo(to, marker);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no e-mail to " + to + " about " + marker);
            }
            Thread.sleep(250);
        }
    }

    @Test
    void aSavedSearchsDigestComesOnceAfterAPublicationAndStopsInOneClick() throws Exception {
        Person person = Person.fresh().registeredAndConfirmed(MAIL);
        Caller camille = person.basic();
        Caller contributor = Api.createAccount("alerte-contrib-" + Token.next(), "contributor");
        String word = Token.next();
        String name = "Haies " + word;

        Answer created = Api.post("/api/saved-searches", camille,
                input(name, "?q=" + word + "&type=guide&page=2&sort=date", "daily")).expect(201);
        JsonObject saved = created.json();
        long id = created.locationId();
        assertEquals(name, saved.getString("name"));
        assertEquals("q=" + word + "&type=guide", saved.getString("search"), "paging and sort dropped");
        assertEquals("daily", saved.getString("frequency"));
        assertTrue(saved.getString("feed").matches("/alertes/[A-Za-z0-9_-]{43}\\.atom"), saved::toString);

        long draft = submitted(word, contributor);
        long resource = published(word, "Guide des haies " + word);
        Api.searchSettled(1, "q", word);
        Api.awaitIndexed();

        Instant tomorrow = Instant.now().plus(Duration.ofDays(1)).plus(Duration.ofMinutes(10));
        JsonObject run = runDigest(tomorrow).json();
        assertTrue(run.getJsonObject("outcomes").getInt("SENT", 0) >= 1, run::toString);

        MimeMessage mail = awaitMail(person.email(), name);
        assertEquals("Une nouveauté pour votre recherche « " + name + " »", mail.getSubject());
        assertTrue(mail.isMimeType("multipart/alternative"), mail.getContentType());
        Multipart parts = (Multipart) mail.getContent();
        assertEquals(2, parts.getCount());
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertTrue(text.isMimeType("text/plain"), text.getContentType());
        assertTrue(html.isMimeType("text/html"), html.getContentType());
        String plain = text.getContent().toString();
        String page = html.getContent().toString();
        assertTrue(plain.contains("Guide des haies " + word) && plain.contains("/ressources/" + resource), plain);
        assertTrue(page.contains("/ressources/" + resource + "\">Guide des haies " + word + "</a>"), page);
        assertFalse(plain.contains("/ressources/" + draft) || page.contains("/ressources/" + draft),
                "the draft never appears");
        assertFalse(plain.contains("Brouillon") || page.contains("Brouillon"));

        String listUnsubscribe = mail.getHeader("List-Unsubscribe", null);
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post", null));
        Matcher oneClick = Pattern.compile("<(https?://[^>]+)>").matcher(listUnsubscribe);
        assertTrue(oneClick.matches(), listUnsubscribe);
        URI stopUri = URI.create(oneClick.group(1));
        assertEquals("/api/saved-searches/stop", stopUri.getPath());

        // The body's link leads to a page that asks first: following it (as a mail scanner does) stops nothing.
        Matcher bodyLink = Pattern.compile("https?://\\S+/alertes/arret\\?jeton=[A-Za-z0-9_-]+").matcher(plain);
        assertTrue(bodyLink.find(), plain);
        String stopPage = Mailbox.pathOf(bodyLink.group());
        assertTrue(Api.get(stopPage).expect(200).text().contains(name));
        assertEquals("daily", Api.get("/api/saved-searches/" + id, camille).expect(200).json().getString("frequency"));

        // Not due again the same day; nothing new the next: no second e-mail.
        runDigest(tomorrow);
        runDigest(tomorrow.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(10)));
        Thread.sleep(3_000);
        assertEquals(1, mailsTo(person.email(), name).size(), "one digest per new publication");

        // One click, as a mail client posts it (RFC 8058): no session, no token but the link's.
        Answer stopped = new WebSession().send(WebSession.request(stopUri.getRawPath() + "?" + stopUri.getRawQuery())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
        assertEquals(204, stopped.status(), stopped.text());
        assertEquals("none", Api.get("/api/saved-searches/" + id, camille).expect(200).json().getString("frequency"));
        assertTrue(Api.get(stopPage).expect(200).text().contains("Vous ne recevrez plus"), "the page says so");

        published(word, "Deuxième guide " + word);
        Api.searchSettled(2, "q", word);
        runDigest(tomorrow.plus(Duration.ofDays(10)));
        Thread.sleep(3_000);
        assertEquals(1, mailsTo(person.email(), name).size(), "nothing after the stop");
        assertEquals(2, feed(saved.getString("feed")).getEntries().size(), "the feed goes on");
    }

    @Test
    void theStopPageAsksThenStopsWithTheFormsToken() {
        Person person = Person.fresh().registeredAndConfirmed(MAIL);
        String word = Token.next();
        long id = Api.post("/api/saved-searches", person.basic(), input("Mares " + word, "q=" + word, "weekly"))
                .expect(201).locationId();
        String token = stopTokenOf(person, id, word);
        WebSession browser = new WebSession();
        String page = "/alertes/arret?jeton=" + token;
        assertTrue(browser.get(page).expect(200).text().contains("Mares " + word));
        browser.post("/alertes/arret", Map.of("jeton", token)).expect(403);
        String done = browser.submit(page, "/alertes/arret", Map.of("jeton", token)).expect(200).text();
        assertTrue(done.contains("Vous ne recevrez plus le résumé de la recherche « Mares " + word + " »"), done);
        assertEquals("none", Api.get("/api/saved-searches/" + id, person.basic()).expect(200).json()
                .getString("frequency"));
    }

    /** The stop token of a weekly search, from its first digest: a matching publication, then a week later. */
    private static String stopTokenOf(Person person, long id, String word) {
        published(word, "Mares et " + word);
        Api.searchSettled(1, "q", word);
        runDigest(Instant.now().plus(Duration.ofDays(7)).plus(Duration.ofMinutes(10)));
        String link = Mailbox.link(MAIL, person.email(), "/alertes/arret");
        return URI.create(link).getQuery().substring("jeton=".length());
    }

    @Test
    void theFeedsHoldOnlyPublishedResourcesNewestFirst() throws Exception {
        Caller contributor = Api.createAccount("alerte-flux-" + Token.next(), "contributor");
        Caller moderator = Api.createAccount("alerte-mod-" + Token.next(), "moderator");
        String word = Token.next();
        long first = published(word, "Premier " + word);
        long draft = submitted(word, contributor);
        long withdrawn = published(word, "Retiré " + word);
        Api.awaitIndexed();
        Api.post("/api/resources/" + withdrawn + "/withdraw", moderator,
                Json.createObjectBuilder().add("message", "Périmé.").build()).expect(200);
        long second = published(word, "Second <b>" + word + "</b> & co");
        // Two hits are not enough: the withdrawn one may still be there while the second is not yet.
        Api.poll("/api/search?q=" + word, ANONYMOUS,
                a -> Set.copyOf(Api.hitIds(a.json())).equals(Set.of(first, second)), Duration.ofSeconds(30));

        String path = "/recherche.atom?q=" + word;
        Feed feed = feed(path);
        assertEquals(List.of(Api.BASE + "/ressources/" + second, Api.BASE + "/ressources/" + first),
                entryIds(feed).stream().map(SavedSearchIT::local).toList(), "published only, newest first");
        assertTrue(local(feed.getId()).equals(Api.BASE + path), feed.getId());
        assertEquals("Second <b>" + word + "</b> & co", feed.getEntries().get(0).getTitleEx().getValue());
        assertTrue(feed.getEntries().get(0).getSummary().getValue().contains("<mark>" + word + "</mark>"),
                feed.getEntries().get(0).getSummary().getValue());
        assertTrue(feed.getUpdated() != null && feed.getEntries().get(0).getUpdated() != null);
        assertEquals(feed.getUpdated(), feed.getEntries().get(0).getUpdated(), "updated: the newest publication");
        assertFalse(entryIds(feed).stream().anyMatch(e -> e.endsWith("/" + draft) || e.endsWith("/" + withdrawn)));

        String searchPage = Api.get("/recherche?q=" + word).expect(200).text();
        assertTrue(searchPage.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/recherche.atom?q="
                + word + "\""), "the search page names its feed");
        assertEquals(0, feed("/recherche.atom?q=" + word + "&type=technical-note").getEntries().size(),
                "filters apply");
        Api.get("/recherche.atom?colour=green").expect(400);

        Person person = Person.fresh().registeredAndConfirmed(MAIL);
        JsonObject saved = Api.post("/api/saved-searches", person.basic(), input("Flux " + word, "q=" + word, "none"))
                .expect(201).json();
        Feed own = feed(saved.getString("feed"));
        assertEquals("Bocage — Flux " + word, own.getTitleEx().getValue());
        assertEquals(2, own.getEntries().size());
        assertFalse(entryIds(own).stream().anyMatch(e -> e.endsWith("/" + draft) || e.endsWith("/" + withdrawn)));
    }

    /** An address of the feed with the IT server's base instead of its public URL. */
    private static String local(String absolute) {
        URI uri = URI.create(absolute);
        return Api.BASE + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    @Test
    void simultaneousSavesAreEachSavedOrRefusedWithAReasonNeverHalfStored() throws Exception {
        Caller owner = Api.createAccount("alerte-rafale-" + Token.next(), "contributor");
        List<Answer> answers = new ArrayList<>();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<Future<Answer>> sent = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            JsonObject body = input("Rafale " + i, "q=haie", "none");
            sent.add(senders.submit(() -> Api.post("/api/saved-searches", owner, body)));
        }
        for (Future<Answer> answer : sent) {
            answers.add(answer.get());
        }
        senders.shutdown();
        // Derby refuses one insert among simultaneous ones when its identity range runs out: a 409 that says why.
        assertTrue(answers.stream().allMatch(a -> a.status() == 201 || a.status() == 409
                && a.json().getString("message").contains("renvoyez")),
                answers.stream().map(a -> a.status() + " " + a.text()).toList().toString());
        assertEquals(answers.stream().filter(a -> a.status() == 201).count(),
                Api.get("/api/saved-searches", owner).expect(200).jsonArray().size());
    }

    @Test
    void eachAccountReachesOnlyItsOwnSearches() {
        Person owner = Person.fresh().registeredAndConfirmed(MAIL);
        Caller other = Api.createAccount("alerte-autre-" + Token.next(), "contributor");
        JsonObject body = input("À moi", "q=haie", "weekly");
        Api.post("/api/saved-searches", ANONYMOUS, body).expect(401);
        long id = Api.post("/api/saved-searches", owner.basic(), body).expect(201).locationId();
        String mine = "/api/saved-searches/" + id;

        Api.get(mine, other).expectError(404);
        Api.put(mine, other, input("À l'autre", "q=mare", "daily")).expectError(404);
        Api.delete(mine, other).expectError(404);
        assertTrue(Api.get("/api/saved-searches", other).expect(200).jsonArray().stream()
                .noneMatch(s -> s.asJsonObject().getJsonNumber("id").longValue() == id));
        assertEquals("À moi", Api.get(mine, owner.basic()).expect(200).json().getString("name"), "unchanged");

        JsonObject renamed = Api.put(mine, owner.basic(), Json.createObjectBuilder().add("name", "Haies")
                .add("frequency", "none").build()).expect(200).json();
        assertEquals("Haies", renamed.getString("name"));
        assertEquals("q=haie", renamed.getString("search"), "kept when not given");
        Api.post("/api/saved-searches", owner.basic(), input(" ", "q=haie", "none")).expectError(400);
        Api.post("/api/saved-searches", owner.basic(), input("Couleur", "colour=green", "none")).expectError(400);
        Api.post("/api/saved-searches", owner.basic(), input("Souvent", "q=haie", "hourly")).expectError(400);
        Api.post("/api/saved-searches", owner.basic(), input("Long", "q=" + "a".repeat(2001), "none"))
                .expectError(400);
        Api.post("/api/saved-searches/digest", owner.basic()).expect(403);

        // A web session reaches the same searches, and deletes only after confirming.
        WebSession browser = new WebSession();
        browser.login(owner.email(), owner.password()).expect(303);
        String list = browser.get("/compte/alertes").expect(200).text();
        assertTrue(list.contains("Haies") && list.contains("/alertes/"), list);
        browser.get("/compte/alertes/" + id).expect(200);
        String csrf = csrf(browser.get("/compte/alertes").text());
        String asked = browser.post("/compte/alertes", Map.of("_csrf", csrf, "action", "delete", "id",
                Long.toString(id))).expect(200).text();
        assertTrue(asked.contains("Supprimer la recherche enregistrée « Haies »"), asked);
        Api.get(mine, owner.basic()).expect(200);
        browser.post("/compte/alertes", Map.of("_csrf", csrf, "action", "delete", "id", Long.toString(id),
                "confirm", "oui")).expect(302);
        Api.get(mine, owner.basic()).expectError(404);
    }

    @Test
    void theSaveFormSavesTheSearchOfThePage() {
        Person person = Person.fresh().registeredAndConfirmed(MAIL);
        WebSession browser = new WebSession();
        browser.login(person.email(), person.password()).expect(303);
        String word = Token.next();
        String search = browser.get("/recherche?q=" + word).expect(200).text();
        String saveLink = "/compte/alertes/nouvelle?recherche=" + URLEncoder.encode("q=" + word, StandardCharsets.UTF_8);
        assertTrue(search.contains("href=\"" + saveLink.replace("&", "&amp;") + "\""), search);
        String form = browser.get(saveLink).expect(200).text();
        assertTrue(form.contains("value=\"" + word + "\""), "named after its words: " + form);

        String refused = browser.submit(saveLink, "/compte/alertes/nouvelle", Map.of("search", "q=" + word,
                "name", "", "frequency", "daily")).expect(400).text();
        assertTrue(refused.contains("error-summary") && refused.contains("name-error"), refused);

        browser.submit(saveLink, "/compte/alertes/nouvelle", Map.of("search", "q=" + word, "name", "Veille " + word,
                "frequency", "daily")).expect(302);
        JsonObject saved = Api.get("/api/saved-searches", person.basic()).expect(200).jsonArray()
                .getJsonObject(0);
        assertEquals("Veille " + word, saved.getString("name"));
        assertEquals("q=" + word, saved.getString("search"));
        assertEquals("daily", saved.getString("frequency"));
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertTrue(matcher.find(), html);
        return matcher.group(1);
    }
}
