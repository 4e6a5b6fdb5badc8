package fr.bocage.it.contribution;

import static fr.bocage.it.Api.Caller.ADMIN;
import static fr.bocage.it.Api.Caller.ANONYMOUS;
import static fr.bocage.it.Api.facet;
import static fr.bocage.it.Api.hitIds;
import static fr.bocage.it.Api.search;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.bocage.it.Api;
import fr.bocage.it.Api.Answer;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Api.Form;
import fr.bocage.it.Mailbox;
import fr.bocage.it.Token;
import fr.bocage.it.WebSession;
import fr.bocage.it.catalog.ApiIT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * The moderation workflow over HTTP: a contributor's upload is a draft nobody else sees, a moderator's decision
 * moves it on, and whatever is not published stays out of every anonymous answer. Accounts are made afresh for the
 * class, so that "my resources" holds only what these tests uploaded.
 */
class ModerationIT {
    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();
    private static final String PASSWORD = "moderation-" + Token.next();

    /** Someone with an account: the name to compare with a resource's owner, and the credentials to send. */
    private record Person(String username, Caller caller) {
    }

    private static Person contributor;
    private static Person otherContributor;
    private static Person trainer;
    private static Person moderator;
    /** A moderator with a confirmed address, who uses the pages. */
    private static fr.bocage.it.Person reviewer;

    @BeforeAll
    static void accounts() {
        contributor = account("contributor");
        otherContributor = account("contributor");
        trainer = account("trainer");
        moderator = account("moderator");
        reviewer = fr.bocage.it.Person.fresh().registeredAndConfirmed(MAIL);
        Api.put("/api/admin/accounts/" + reviewer.email() + "/roles", ADMIN, Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder().add("contributor").add("moderator")).build()).expect(200);
    }

    private static Person account(String role) {
        String username = role + "-" + Token.next();
        Api.post("/api/admin/accounts", ADMIN, Json.createObjectBuilder().add("username", username)
                .add("password", PASSWORD).add("roles", Json.createArrayBuilder().add(role)).build()).expect(201);
        return new Person(username, Caller.account(username, PASSWORD));
    }

    @Test
    void aContributionGoesFromDraftThroughChangesToPublishedAndIsWithdrawn() {
        String token = Token.next();
        JsonObject created = Api.upload(Form.text("mares.txt", "Guide des mares forestières " + token)
                .field("title", "Mares forestières " + token).field("type", "guide").described(), contributor.caller())
                .expect(201).json();
        long id = created.getJsonNumber("id").longValue();
        assertEquals("draft", created.getString("status"));
        assertEquals("draft", created.getJsonObject("moderation").getString("status"));
        String resource = "/api/resources/" + id;

        // A draft: the owner's alone.
        Api.get(resource).expectError(404);
        Api.get(resource + "/file").expectError(404);
        Api.get(resource, otherContributor.caller()).expectError(404);
        Api.get("/ressources/" + id).expect(404);
        Api.awaitIndexed();
        JsonObject hidden = search("q", token).expect(200).json();
        assertEquals(0, hidden.getInt("total"));
        assertEquals(Map.of(), facet(hidden, "type"));
        assertEquals("[]", Api.get("/api/suggest?q=" + token).expect(200).text());

        JsonObject submitted = move(id, "submit", contributor).expect(200).json();
        assertEquals("submitted", submitted.getString("status"));
        assertTrue(queueIds().contains(id));

        move(id, "request-changes", moderator.caller(), Json.createObjectBuilder().build()).expectError(400);
        JsonObject blank = move(id, "request-changes", moderator, "  ").expectError(400);
        assertTrue(blank.getJsonArray("details").getString(0).startsWith("message"), blank::toString);
        String changes = "Précisez la région et ajoutez un résumé.";
        JsonObject sentBack = move(id, "request-changes", moderator, changes).expect(200).json();
        assertEquals("changes-requested", sentBack.getString("status"));
        assertEquals(moderator.username(), sentBack.getJsonObject("moderation").getString("decidedBy"));
        assertFalse(queueIds().contains(id));

        JsonObject mine = mine(contributor, id);
        assertEquals("changes-requested", mine.getString("status"));
        assertEquals(changes, mine.getJsonObject("moderation").getString("message"));

        Api.put(resource, contributor.caller(), Json.createObjectBuilder().add("title", "Mares forestières " + token)
                .add("summary", "Les mares des forêts bretonnes").add("type", "guide").add("territory", "bretagne")
                .add("themes", Json.createArrayBuilder().add("water")).build()).expect(200);
        assertEquals("submitted", move(id, "submit", contributor).expect(200).json().getString("status"));
        Api.put(resource, contributor.caller(), Json.createObjectBuilder().add("title", "Trop tard " + token).build())
                .expectError(409);

        JsonObject published = move(id, "publish", moderator).expect(200).json();
        assertEquals("published", published.getString("status"));
        assertEquals(List.of(id), hitIds(Api.searchSettled(1, "q", token)));
        JsonObject seenByAll = Api.get(resource).expect(200).json();
        assertFalse(seenByAll.containsKey("moderation"), "the public does not see the moderation: " + seenByAll);
        JsonObject decision = Api.get(resource, contributor.caller()).expect(200).json().getJsonObject("moderation");
        assertEquals(moderator.username(), decision.getString("decidedBy"));
        assertFalse(decision.containsKey("message"), "the message is the last decision's, and publishing said none");
        Api.get("/ressources/" + id).expect(200);

        JsonObject withdrawn = move(id, "withdraw", moderator, "Document périmé.").expect(200).json();
        assertEquals("withdrawn", withdrawn.getString("status"));
        assertTrue(Api.get(resource).expectError(410).getString("message").contains("retirée"));
        Api.get(resource + "/file").expectError(410);
        Api.get(resource, otherContributor.caller()).expectError(410);
        Answer page = Api.get("/ressources/" + id).expect(410);
        assertTrue(page.text().contains("Ressource retirée"), page.text());
        Api.searchSettled(0, "q", token);
        assertEquals("[]", Api.get("/api/suggest?q=" + token).expect(200).text());
        assertEquals("Document périmé.", mine(contributor, id).getJsonObject("moderation").getString("message"));

        List<String> history = Api.get(resource + "/history", moderator.caller()).expect(200).jsonArray()
                .getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action") + ":" + e.getString("actor") + ":" + e.getString("to")).toList();
        String c = contributor.username();
        String m = moderator.username();
        assertEquals(List.of("create:" + c + ":draft", "submit:" + c + ":submitted",
                "request-changes:" + m + ":changes-requested", "update:" + c + ":changes-requested",
                "submit:" + c + ":submitted", "publish:" + m + ":published", "withdraw:" + m + ":withdrawn"), history);
    }

    @Test
    void aRejectedContributionStaysHiddenAndCannotComeBackAndItsHistoryOutlivesIt() {
        long id = submitted(trainer);
        move(id, "reject", moderator.caller(), Json.createObjectBuilder().build()).expectError(400);
        JsonObject rejected = move(id, "reject", ADMIN, "Hors du champ du centre de ressources.").expect(200).json();
        assertEquals("rejected", rejected.getString("status"));
        assertEquals("admin", rejected.getJsonObject("moderation").getString("decidedBy"));

        Api.get("/api/resources/" + id).expectError(404);
        assertEquals("Hors du champ du centre de ressources.",
                mine(trainer, id).getJsonObject("moderation").getString("message"));
        String refusal = move(id, "submit", trainer).expectError(409).getString("message");
        assertTrue(refusal.contains("« refusée »"), refusal);
        Api.put("/api/resources/" + id, trainer.caller(), Json.createObjectBuilder().add("title", "Encore").build())
                .expectError(409);
        move(id, "publish", moderator).expectError(409);

        // The history outlives the resource.
        Api.delete("/api/resources/" + id, moderator.caller()).expect(204);
        assertEquals(List.of("create", "submit", "reject", "delete"), Api.get("/api/resources/" + id + "/history", ADMIN)
                .expect(200).jsonArray().getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList());
    }

    @Test
    void theQueueListsSubmissionsOldestFirstWithWhatAModeratorNeeds() {
        long first = submitted(contributor);
        long second = submitted(trainer);
        List<JsonObject> queue = Api.get("/api/moderation/queue", moderator.caller()).expect(200).jsonArray()
                .getValuesAs(JsonObject.class);
        List<Long> ids = queue.stream().map(e -> e.getJsonNumber("id").longValue()).toList();
        assertTrue(ids.indexOf(first) >= 0 && ids.indexOf(first) < ids.indexOf(second), ids::toString);
        JsonObject entry = queue.get(ids.indexOf(second));
        assertEquals(trainer.username(), entry.getString("owner"));
        assertEquals("ok", entry.getString("extraction"));
        assertFalse(entry.getString("submittedAt").isBlank());
        assertTrue(entry.getString("title").startsWith("Contribution "), entry::toString);
    }

    /** Who may do what on the workflow's addresses; each row starts from a resource in the status it needs. */
    @Test
    void eachAddressAnswersEachRoleAsSpecified() {
        enum Who { ANONYMOUS, OWNER, OTHER_CONTRIBUTOR, TRAINER, MODERATOR, ADMIN }
        record Row(String what, Start start, BiFunction<Long, Caller, Answer> request, int... expected) {
        }
        List<Row> rows = List.of(
                new Row("submit", Start.DRAFT, (id, who) -> move(id, "submit", who), 401, 200, 404, 404, 403, 403),
                new Row("publish", Start.SUBMITTED, (id, who) -> move(id, "publish", who),
                        401, 403, 403, 403, 200, 200),
                new Row("request-changes", Start.SUBMITTED, (id, who) -> move(id, "request-changes", who, "À revoir."),
                        401, 403, 403, 403, 200, 200),
                new Row("reject", Start.SUBMITTED, (id, who) -> move(id, "reject", who, "Hors sujet."),
                        401, 403, 403, 403, 200, 200),
                new Row("withdraw", Start.PUBLISHED, (id, who) -> move(id, "withdraw", who, (String) null),
                        401, 403, 403, 403, 200, 200),
                new Row("history", Start.DRAFT, (id, who) -> Api.get("/api/resources/" + id + "/history", who),
                        401, 403, 403, 403, 200, 200),
                new Row("queue", Start.NONE, (id, who) -> Api.get("/api/moderation/queue", who),
                        401, 403, 403, 403, 200, 200),
                new Row("my resources", Start.NONE, (id, who) -> Api.get("/api/me/resources", who),
                        401, 200, 200, 200, 200, 200),
                new Row("edit a draft", Start.DRAFT, (id, who) -> Api.put("/api/resources/" + id, who,
                        Json.createObjectBuilder().add("title", "Titre revu").build()), 401, 200, 404, 404, 200, 200),
                new Row("read a draft", Start.DRAFT, (id, who) -> Api.get("/api/resources/" + id, who),
                        404, 200, 404, 404, 200, 200),
                new Row("read a withdrawn one", Start.WITHDRAWN, (id, who) -> Api.get("/api/resources/" + id, who),
                        410, 200, 410, 410, 200, 200),
                new Row("its file", Start.WITHDRAWN, (id, who) -> Api.get("/api/resources/" + id + "/file", who),
                        410, 200, 410, 410, 200, 200));
        Map<Who, Caller> callers = new LinkedHashMap<>();
        callers.put(Who.ANONYMOUS, ANONYMOUS);
        callers.put(Who.OWNER, contributor.caller());
        callers.put(Who.OTHER_CONTRIBUTOR, otherContributor.caller());
        callers.put(Who.TRAINER, trainer.caller());
        callers.put(Who.MODERATOR, moderator.caller());
        callers.put(Who.ADMIN, ADMIN);

        List<Executable> checks = new ArrayList<>();
        for (Row row : rows) {
            int column = 0;
            for (Map.Entry<Who, Caller> caller : callers.entrySet()) {
                // A fresh resource for each caller: a move that succeeds leaves the next one nothing to move.
                long id = prepare(row.start());
                Answer answer = row.request().apply(id, caller.getValue());
                int expected = row.expected()[column++];
                checks.add(() -> assertEquals(expected, answer.status(),
                        row.what() + " by " + caller.getKey() + ": " + answer.text()));
            }
        }
        assertAll(checks);
    }

    private enum Start { NONE, DRAFT, SUBMITTED, PUBLISHED, WITHDRAWN }

    private long prepare(Start start) {
        if (start == Start.NONE) {
            return 0;
        }
        long id = draft(contributor);
        List<String> moves = switch (start) {
            case SUBMITTED -> List.of("submit");
            case PUBLISHED -> List.of("submit", "publish");
            case WITHDRAWN -> List.of("submit", "publish", "withdraw");
            default -> List.of();
        };
        for (String move : moves) {
            move(id, move, move.equals("submit") ? contributor : moderator).expect(200);
        }
        return id;
    }

    /**
     * Resources in every status but published share words with a published one, and carry a word of their own in
     * their title and text: no anonymous answer, page or completion ever shows that word.
     */
    @Test
    void nothingUnpublishedShowsInAnyAnonymousAnswer() {
        String shared = Token.next();
        String secret = Token.next();
        List<Long> hidden = new ArrayList<>();
        for (List<String> moves : List.of(List.<String>of(), List.of("submit"), List.of("submit", "request-changes"),
                List.of("submit", "reject"))) {
            long id = Api.upload(Form.text("secret-" + Token.next() + ".txt",
                    "Mares et tourbières du Morvan " + shared + " " + secret + " " + Token.next())
                    .field("title", "Mares et tourbières " + secret).field("type", "guide").field("theme", "water")
                    .field("territory", "bourgogne-franche-comte").field("summary", "Les mares du Morvan."),
                    contributor.caller()).expect(201).locationId();
            for (String move : moves) {
                move(id, move, move.equals("submit") ? contributor : moderator, "Motif.").expect(200);
            }
            hidden.add(id);
        }
        long visible = Api.create(Form.text("public.txt", "Mares et tourbières du Morvan " + shared)
                .field("title", "Mares et tourbières publiques " + shared).field("type", "technical-note")
                .field("theme", "water").field("territory", "bourgogne-franche-comte"));
        // Written last: once it is searchable and completed, every hidden one has been indexed too.
        assertEquals(List.of(visible), hitIds(Api.searchSettled(1, "q", shared)));
        Api.poll("/api/suggest?q=" + shared, ANONYMOUS, answer -> answer.text().contains(shared),
                Duration.ofSeconds(20));

        JsonObject found = search("q", shared).expect(200).json();
        assertEquals(Map.of("technical-note", 1L), facet(found, "type"));
        assertEquals(Map.of("water", 1L), facet(found, "theme"));
        JsonObject none = search("q", secret).expect(200).json();
        assertEquals(0, none.getInt("total"));
        assertEquals(0, search("q", ApiIT.misspelt(secret)).expect(200).json().getInt("total"));

        List<String> answers = new ArrayList<>(List.of(found.toString(), none.toString(),
                search("q", ApiIT.misspelt(secret)).expect(200).text(),
                search("q", "mares tourbières").expect(200).text(),
                Api.get("/api/suggest?q=" + secret.substring(0, 6)).expect(200).text(),
                Api.get("/api/suggest?q=mares%20et%20tourbi").expect(200).text(),
                Api.get("/recherche?q=" + shared).expect(200).text(),
                Api.get("/recherche?q=mares+tourbi%C3%A8res+morvan").expect(200).text(),
                Api.get("/ressources/" + visible).expect(200).text(),
                Api.get("/").expect(200).text()));
        for (long id : hidden) {
            answers.add(Api.get("/api/resources/" + id).expectError(404).toString());
            answers.add(Api.get("/api/resources/" + id + "/file").expectError(404).toString());
            answers.add(Api.get("/ressources/" + id).expect(404).text());
        }
        for (String answer : answers) {
            assertFalse(answer.contains(secret), answer);
        }
    }

    /**
     * Issue 20: on the review page, publishing asks for a confirmation first (the page without script; the browser
     * test covers the dialog), the corrections are saved meanwhile, and once done the page says so and leads to the
     * next contribution. A decision that would be refused is refused at once, without asking.
     */
    @Test
    void theReviewPageAsksBeforePublishingThenLeadsToTheNextContribution() {
        long id = submitted(contributor);
        submitted(trainer);
        WebSession pages = reviewerSession();
        String review = "/moderation/ressources/" + id;
        String title = "Relue " + Token.next();
        Map<String, String> publish = new LinkedHashMap<>(Map.of("title", title, "type", "guide", "action", "publish"));

        String asked = pages.submit(review, review, publish).expect(200).text();
        assertTrue(asked.contains("Publier « " + title + " » ?"), asked);
        assertTrue(asked.contains("name=\"confirm\" value=\"oui\"") && asked.contains("value=\"publish\""), asked);
        JsonObject waiting = Api.get("/api/resources/" + id, moderator.caller()).expect(200).json();
        assertEquals("submitted", waiting.getString("status"), "nothing is decided before the confirmation");
        assertEquals(title, waiting.getString("title"), "the corrections are kept while asking");

        publish.put("confirm", "oui");
        String done = pages.submit(review, review, publish).expect(302).header("Location").orElseThrow();
        assertTrue(done.endsWith(review + "?decision=publish"), done);
        assertEquals("published", Api.get("/api/resources/" + id).expect(200).json().getString("status"));
        String after = pages.get(review + "?decision=publish").expect(200).text();
        assertTrue(after.contains("La contribution est publiée"), after);
        java.util.regex.Matcher next = java.util.regex.Pattern
                .compile("<a href=\"/moderation/ressources/(\\d+)\" rel=\"next\">Contribution suivante : « ").matcher(after);
        assertTrue(next.find(), after);
        assertEquals(queueIds().get(0), Long.parseLong(next.group(1)), "the one that waited longest");

        long other = submitted(contributor);
        String refused = pages.submit("/moderation/ressources/" + other, "/moderation/ressources/" + other,
                Map.of("title", "Sans motif", "action", "reject")).expect(400).text();
        assertFalse(refused.contains("name=\"confirm\""), "a refusal without its reason is refused before asking");
        assertTrue(refused.contains("<a href=\"#message-reject\">Motif du refus</a>")
                && refused.contains("id=\"message-reject\" name=\"message-reject\" rows=\"3\" maxlength=\"2000\" "
                + "aria-invalid=\"true\" aria-describedby=\"message-reject-error\""),
                "the missing reason is the field's own error: " + refused);
        assertEquals("submitted", Api.get("/api/resources/" + other, moderator.caller()).expect(200).json()
                .getString("status"));
    }

    /** Issue 20: moderators see in the header how many contributions wait; nobody else does. */
    @Test
    void onlyModeratorsSeeHowManyContributionsWait() {
        submitted(contributor);
        String home = reviewerSession().get("/").expect(200).text();
        java.util.regex.Matcher count = java.util.regex.Pattern
                .compile("<span class=\"waiting\" aria-hidden=\"true\">(\\d+)</span>").matcher(home);
        assertTrue(count.find(), home);
        assertTrue(Long.parseLong(count.group(1)) >= 1);
        assertTrue(home.contains("contributions en attente") || home.contains("une contribution en attente"), home);

        WebSession owner = new WebSession();
        owner.login(contributor.username(), PASSWORD).expect(303);
        String theirs = owner.get("/").expect(200).text();
        assertFalse(theirs.contains("class=\"waiting\"") || theirs.contains("en attente"), theirs);
        assertFalse(Api.get("/").expect(200).text().contains("class=\"waiting\""));
    }

    /** Issue 20: once a moderator asked for changes, the next review shows what the contributor changed since. */
    @Test
    void theReviewPageShowsWhatChangedSinceTheChangesWereAsked() {
        long id = submitted(contributor);
        String before = Api.get("/api/resources/" + id, contributor.caller()).expect(200).json().getString("title");
        move(id, "request-changes", moderator, "Un titre plus parlant, et le territoire.").expect(200);
        String after = "Mares de Bretagne " + Token.next();
        Api.put("/api/resources/" + id, contributor.caller(), Json.createObjectBuilder().add("title", after)
                .add("summary", "Un résumé pour la modération.").add("type", "guide").add("territory", "normandie")
                .add("themes", Json.createArrayBuilder().add("water")).build()).expect(200);
        move(id, "submit", contributor).expect(200);

        String page = reviewerSession().get("/moderation/ressources/" + id).expect(200).text();
        assertTrue(page.contains("Ce qui a changé depuis la dernière relecture"), page);
        assertTrue(page.contains("<del>" + before + "</del>") && page.contains("<ins>" + after + "</ins>"), page);
        assertTrue(page.contains("<del>Bretagne</del>") && page.contains("<ins>Normandie</ins>"),
                "vocabularies by their labels");
        assertFalse(page.contains(">Fichier</th>"), "the file did not change");
    }

    /** Issue 20: the daily digest, sent now by an administrator: what waits, each with its review page. */
    @Test
    void theDigestTellsModeratorsWhatWaits() {
        long id = submitted(trainer);
        Api.post("/api/moderation/digest", moderator.caller()).expectError(403);
        JsonObject sent = Api.post("/api/moderation/digest", ADMIN).expect(200).json();
        assertTrue(sent.getInt("waiting") >= 1 && sent.getInt("recipients") >= 1, sent::toString);
        assertTrue(Mailbox.link(MAIL, reviewer.email(), "/moderation/ressources/" + id).startsWith(Api.BASE));
        assertTrue(Mailbox.subjects(MAIL, reviewer.email(), 1).stream()
                .anyMatch(subject -> subject.matches("Bocage : (une contribution attend|\\d+ contributions attendent) "
                        + "votre relecture")));
    }

    /** Issue 17 #3: an import left for review can put a whole catalogue in the queue; it comes in pages. */
    @Test
    void theQueueComesInPagesWithHowManyWaitInAll() {
        long first = submitted(contributor);
        long second = submitted(trainer);
        Api.Answer all = Api.get("/api/moderation/queue", moderator.caller()).expect(200);
        int total = Integer.parseInt(all.header("X-Total-Count").orElseThrow());
        assertEquals(total, all.jsonArray().size(), "fewer than a page of 1,000 wait here");
        // The longest waiting first: the two just submitted are the last two pages of one.
        assertEquals(List.of(first), pageIds(total - 1));
        assertEquals(List.of(second), pageIds(total));
        assertEquals(List.of(), pageIds(total + 1));
        for (String wrong : List.of("page=0", "page=deux", "size=0", "size=1001", "size=-5")) {
            assertFalse(Api.get("/api/moderation/queue?" + wrong, moderator.caller()).expectError(400)
                    .getString("message").isBlank(), wrong);
        }

        WebSession pages = reviewerSession();
        assertTrue(pages.get("/moderation").expect(200).text().contains("attendent ; page 1 sur"));
        assertEquals(400, pages.get("/moderation?page=deux").status());
    }

    private static List<Long> pageIds(int page) {
        return Api.get("/api/moderation/queue?size=1&page=" + page, moderator.caller()).expect(200).jsonArray()
                .getValuesAs(JsonObject.class).stream().map(e -> e.getJsonNumber("id").longValue()).toList();
    }

    /** Issue 20: each moderator chooses whether the digest reaches them, on the moderation page or through the API. */
    @Test
    void aModeratorTurnsTheDigestOffAndOnAgain() {
        submitted(trainer);
        int everyone = Api.post("/api/moderation/digest", ADMIN).expect(200).json().getInt("recipients");
        assertTrue(Mailbox.links(MAIL, reviewer.email(), "/moderation", 2).contains(Api.BASE + "/moderation#resume"),
                "the digest says how to stop it");

        WebSession pages = reviewerSession();
        assertTrue(pages.get("/moderation").expect(200).text().contains("Ne plus recevoir le résumé"));
        pages.submit("/moderation", "/moderation", Map.of("resume", "non")).expect(302);
        String page = pages.get("/moderation?resume").expect(200).text();
        assertTrue(page.contains("Votre choix est enregistré.") && page.contains("Vous ne le recevez pas."), page);
        assertFalse(Api.get("/api/moderation/digest/subscription", reviewer.basic()).expect(200).json()
                .getBoolean("receive"));
        assertEquals(everyone - 1, Api.post("/api/moderation/digest", ADMIN).expect(200).json().getInt("recipients"));

        Api.put("/api/moderation/digest/subscription", reviewer.basic(), Json.createObjectBuilder().build())
                .expectError(400);
        Api.put("/api/moderation/digest/subscription", reviewer.basic(),
                Json.createObjectBuilder().add("receive", true).build()).expect(200);
        assertEquals(everyone, Api.post("/api/moderation/digest", ADMIN).expect(200).json().getInt("recipients"));
        assertTrue(pages.get("/moderation").expect(200).text().contains("Vous le recevez."));
    }

    private static WebSession reviewerSession() {
        WebSession pages = new WebSession();
        pages.login(reviewer.email(), reviewer.password()).expect(303);
        return pages;
    }

    @Test
    void theApiDocumentationDescribesContributingAndTheWorkflow() {
        String document = Api.get("/openapi").expect(200).text();
        for (String path : List.of("/api/resources/{id}/submit", "/api/resources/{id}/retract",
                "/api/resources/{id}/publish",
                "/api/resources/{id}/{decision}", "/api/resources/{id}/withdraw", "/api/resources/{id}/history",
                "/api/moderation/queue", "/api/moderation/digest", "/api/moderation/digest/subscription", "/api/me/resources", "/api/reports", "/api/reports/{id}",
                "/api/resources/{id}/versions", "/api/resources/{id}/versions/{number}/file", "/api/accounts")) {
            assertTrue(document.contains(path + ":"), path);
        }
    }

    private static long draft(Person owner) {
        return Api.upload(Form.text("contribution-" + Token.next() + ".txt", "Contribution " + Token.next())
                .field("title", "Contribution " + Token.next()).field("type", "guide").described(), owner.caller())
                .expect(201).locationId();
    }

    private static long submitted(Person owner) {
        long id = draft(owner);
        move(id, "submit", owner).expect(200);
        return id;
    }

    private static Answer move(long id, String action, Person who) {
        return move(id, action, who.caller());
    }

    private static Answer move(long id, String action, Person who, String message) {
        return move(id, action, who.caller(), message);
    }

    private static Answer move(long id, String action, Caller who) {
        return Api.post("/api/resources/" + id + "/" + action, who);
    }

    /** A move with a JSON body {"message": …}; no message, an empty object. */
    private static Answer move(long id, String action, Caller who, String message) {
        return move(id, action, who, message == null ? Json.createObjectBuilder().build()
                : Json.createObjectBuilder().add("message", message).build());
    }

    private static Answer move(long id, String action, Caller who, JsonObject body) {
        return Api.post("/api/resources/" + id + "/" + action, who, body);
    }

    private static List<Long> queueIds() {
        return Api.get("/api/moderation/queue", moderator.caller()).expect(200).jsonArray()
                .getValuesAs(JsonObject.class).stream().map(e -> e.getJsonNumber("id").longValue()).toList();
    }

    /** The entry of {@code id} among the caller's own contributions. */
    private static JsonObject mine(Person who, long id) {
        return Api.get("/api/me/resources", who.caller()).expect(200).jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(e -> e.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not among the resources of " + who.username()));
    }
}
