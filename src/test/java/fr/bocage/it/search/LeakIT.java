package fr.bocage.it.search;

import static fr.bocage.it.Api.Caller.ADMIN;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.bocage.it.Api;
import fr.bocage.it.Mailbox;
import fr.bocage.it.Person;
import fr.bocage.it.network.ListFixture;
import fr.bocage.it.network.ProjectSpaceFixture;
import fr.bocage.it.Token;
import fr.bocage.it.Api.Answer;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Api.Form;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Nothing of a resource that is not published reaches anybody who may not see it: not its words through « Vouliez-vous
 * dire », not its title through the completions, not its title or address through the answer to a duplicate upload.
 * One resource per status that is not « published », each holding a word of its own. Nor does a published resource
 * limited to a network's members (a list attachment, a members-only news item) reach a visitor or an outsider, by any
 * entry point; nor does a members-only event.
 */
class LeakIT {
    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    private static Caller owner;
    private static Caller other;
    private static Caller moderator;
    /** A word of a published resource, so that a correction finds more and is offered at all. */
    private static String publishedWord;

    enum Status {
        DRAFT((id, m) -> {
        }),
        SUBMITTED((id, m) -> move(id, "submit", owner, null)),
        CHANGES_REQUESTED((id, m) -> {
            move(id, "submit", owner, null);
            move(id, "request-changes", m, "À compléter.");
        }),
        REJECTED((id, m) -> {
            move(id, "submit", owner, null);
            move(id, "reject", m, "Hors sujet.");
        }),
        WITHDRAWN((id, m) -> {
            move(id, "submit", owner, null);
            move(id, "publish", m, null);
            Api.awaitIndexed();
            move(id, "withdraw", m, "Périmé.");
        });

        final BiConsumer<Long, Caller> reach;

        Status(BiConsumer<Long, Caller> reach) {
            this.reach = reach;
        }
    }

    @BeforeAll
    static void accountsAndAPublishedWord() {
        owner = Api.createAccount("leak-owner-" + Token.next(), "contributor");
        other = Api.createAccount("leak-other-" + Token.next(), "contributor");
        moderator = Api.createAccount("leak-mod-" + Token.next(), "moderator");
        publishedWord = Token.next();
        Api.upload(Form.text("publie.txt", "Un document public sur " + publishedWord + ".")
                .field("title", "Public " + publishedWord).field("type", "guide"), ADMIN).expect(201);
        Api.searchSettled(1, "q", publishedWord);
    }

    @ParameterizedTest
    @EnumSource(Status.class)
    void nothingOfAnUnpublishedResourceIsSuggestedOrNamed(Status status) {
        String secret = Token.next();
        byte[] bytes = ("Note interne sur " + secret + ".").getBytes(StandardCharsets.UTF_8);
        long id = Api.upload(Form.file("interne-" + secret + ".txt", bytes).field("title", "Projet " + secret)
                .field("type", "guide").described(), owner).expect(201).locationId();
        status.reach.accept(id, moderator);
        assertEquals(status.name().toLowerCase().replace('_', '-'), Api.get("/api/resources/" + id, owner).expect(200).json()
                .getString("status"));
        Api.awaitIndexed();
        // A status change reaches the index within a second; a withdrawn resource was found until then.
        Api.searchSettled(0, "q", secret);

        String query = typo(secret) + " OR " + typo(publishedWord);
        JsonObject answer = Api.search("q", query).expect(200).json();
        // No document holds both words: the relaxed search finds the public one, never the other.
        JsonObject relaxed = Api.search("q", secret + " " + publishedWord).expect(200).json();
        String completions = Api.get("/api/suggest?q=" + secret.substring(0, 6)).expect(200).text();
        Answer duplicate = Api.upload(Form.file("copie.txt", bytes), other);
        JsonObject refusal = duplicate.expectError(409);
        assertAll(
                () -> assertEquals(typo(secret) + " OR " + publishedWord, answer.getString("suggestion"),
                        answer::toString),
                () -> assertFalse(completions.contains(secret), completions),
                () -> assertEquals(0, relaxed.getJsonObject("relaxation").getInt("fullMatches"), relaxed::toString),
                () -> assertFalse(Api.hitIds(relaxed).isEmpty(), relaxed::toString),
                () -> assertFalse(Api.hitIds(relaxed).contains(id), relaxed::toString),
                () -> assertFalse(refusal.getString("message").contains(secret), refusal::toString),
                () -> assertFalse(refusal.getString("message").contains(Long.toString(id)), refusal::toString),
                () -> assertTrue(duplicate.header("Location").isEmpty(), refusal::toString));

        // Those who may see it are told where it is.
        for (Caller insider : new Caller[] {owner, moderator}) {
            Answer known = Api.upload(Form.file("copie.txt", bytes), insider);
            assertTrue(known.expectError(409).getString("message").contains(secret), known::text);
            assertEquals(id, known.locationId());
        }
    }

    /**
     * A members-only published document with a word of its own: a visitor and a registered outsider find nothing of
     * it (search, count, facets, completions, « Vouliez-vous dire », similar resources, page, file, export); a
     * member finds it.
     */
    @Test
    void nothingOfAMembersOnlyResourceReachesOutsiders() {
        ListFixture network = ListFixture.create(MAIL);
        Person member = network.member(MAIL, "ACCEPTED", false);
        Caller outsider = Person.fresh().registeredAndConfirmed(MAIL).basic();
        String secret = Token.next().toLowerCase();
        String shared = Token.next().toLowerCase();
        String unknown = Token.next().toLowerCase();
        long publicId = Api.upload(Form.text("voisin-" + shared + ".txt", "Haies " + shared + " " + shared + " "
                + publishedWord + ".").field("title", "Voisin " + shared).field("type", "guide"), ADMIN)
                .expect(201).locationId();
        long id = network.write(member.basic(), "Réservé", "Ci-joint.", "reserve-" + secret + ".txt",
                "Haies " + shared + " " + shared + " " + secret + " réservé aux membres.").expect(201).json()
                .getJsonArray("attachments").getJsonObject(0).getJsonNumber("id").longValue();
        Api.awaitIndexed();
        Api.poll("/api/search?q=" + secret, member.basic(), a -> a.json().getJsonNumber("total").longValue() == 1,
                Duration.ofSeconds(10));

        for (Caller stranger : List.of(Caller.ANONYMOUS, outsider)) {
            JsonObject found = Api.get("/api/search?q=" + secret, stranger).expect(200).json();
            JsonObject all = Api.get("/api/search?size=1", stranger).expect(200).json();
            JsonObject typo = Api.get("/api/search?q=" + typo(secret) + "+OR+" + typo(publishedWord), stranger)
                    .expect(200).json();
            String completions = Api.get("/api/suggest?q=" + secret.substring(0, 6), stranger).expect(200).text();
            String similar = Api.get("/ressources/" + publicId, stranger).expect(200).text();
            String page = Api.get("/recherche?q=" + secret, stranger).expect(200).text();
            // Relaxed: the public neighbour holds two of the words, the members-only document three.
            JsonObject relaxed = Api.get("/api/search?q=" + secret + "+" + shared + "+" + unknown, stranger).expect(200)
                    .json();
            String relaxedPage = Api.get("/recherche?q=" + secret + "+" + shared + "+" + unknown, stranger).expect(200)
                    .text();
            String export = Api.get("/api/actors/export?format=csv", stranger).expect(200).text();
            assertAll(
                    () -> assertEquals(0, found.getJsonNumber("total").longValue(), found::toString),
                    () -> assertFalse(Api.facet(all, "type").containsKey("list-attachment"), all::toString),
                    () -> assertFalse(typo.toString().contains(secret), typo::toString),
                    () -> assertFalse(completions.contains(secret), completions),
                    () -> assertFalse(similar.contains(secret), "similar resources"),
                    // The page repeats the query in its box: the document's title must not be there.
                    () -> assertFalse(page.contains("reserve-" + secret), "search page"),
                    () -> assertEquals(List.of(publicId), Api.hitIds(relaxed), relaxed::toString),
                    () -> assertEquals(0, relaxed.getJsonObject("relaxation").getInt("fullMatches"), relaxed::toString),
                    () -> assertFalse(relaxedPage.contains("reserve-" + secret), "relaxed search page"),
                    () -> assertTrue(relaxedPage.contains("Aucun document ne contient tous vos mots"), "relaxed"),
                    () -> assertFalse(export.contains(secret), "export"));
            Api.get("/api/resources/" + id, stranger).expect(404);
            Api.get("/api/resources/" + id + "/file", stranger).expect(404);
            Api.get("/ressources/" + id, stranger).expect(404);
        }
        assertTrue(Api.get("/recherche?q=" + secret, member.basic()).expect(200).text().contains("reserve-" + secret));
        assertEquals(List.of(id, publicId), Api.hitIds(Api.get("/api/search?q=" + secret + "+" + shared + "+" + unknown,
                member.basic()).expect(200).json()), "a member finds it first: it holds more of the words");
        assertTrue(Api.get("/ressources/" + publicId, member.basic()).expect(200).text().contains(secret),
                "a member sees it among the similar resources");
        assertTrue(Api.facet(Api.get("/api/search?q=" + secret, member.basic()).expect(200).json(), "type")
                .containsKey("list-attachment"));
        Api.get("/api/resources/" + id + "/file", member.basic()).expect(200);
    }

    /**
     * A members-only news item of a network, with a word of its own: a visitor and a registered outsider find nothing
     * of it (news list, its count and facets, page, API, both Atom feeds, the network's page, search, its feed,
     * completions, similar content, the newsletter a moderator outside the network composes); a member and the
     * network's animator find it on the list, its page (marked « Réservée aux membres ») and the network's page.
     */
    @Test
    void nothingOfAMembersOnlyNewsItemReachesOutsiders() {
        NetworkCircle circle = NetworkCircle.of("reservee");
        String slug = circle.slug();
        Caller animator = circle.animator();
        Caller member = circle.member();
        Caller outsider = circle.outsider();
        Caller otherModerator = circle.otherModerator();
        String secret = Token.next().toLowerCase();
        String shared = circle.shared();
        long publicId = circle.publicId();
        long id = postNews(animator, slug, true, "Réservée " + secret,
                "Haies " + shared + " " + shared + " " + secret + " entre membres.");
        // Its animator decides on it, as on the list's messages: published at its submission.
        assertEquals("published", Api.post("/api/news/" + id + "/submit", animator).expect(200).json()
                .getString("status"));
        Api.awaitIndexed();
        Api.poll("/api/news?q=" + secret, member, a -> a.json().getJsonNumber("total").longValue() == 1,
                Duration.ofSeconds(10));
        Api.searchSettled(1, "q", shared);

        JsonObject issue = Api.post("/api/newsletter/issues", otherModerator, Json.createObjectBuilder().build())
                .expect(201).json();
        String proposed = issue.getJsonArray("items").toString();
        Api.delete("/api/newsletter/issues/" + issue.getJsonNumber("id").longValue(), otherModerator).expect(204);
        assertTrue(proposed.contains("\"resourceId\":" + publicId), "the public item is proposed: " + proposed);
        assertFalse(proposed.contains(secret) || proposed.contains("\"resourceId\":" + id), proposed);

        for (Caller stranger : List.of(Caller.ANONYMOUS, outsider, otherModerator)) {
            JsonObject listed = Api.get("/api/news?network=" + slug, stranger).expect(200).json();
            JsonObject found = Api.get("/api/search?q=" + secret, stranger).expect(200).json();
            String completions = Api.get("/api/suggest?q=" + secret.substring(0, 6), stranger).expect(200).text();
            String similar = Api.get("/actualites/" + publicId, stranger).expect(200).text();
            String networkPage = Api.get("/reseaux/" + slug, stranger).expect(200).text();
            String list = Api.get("/actualites?network=" + slug, stranger).expect(200).text();
            String searchPage = Api.get("/recherche?q=" + shared, stranger).expect(200).text();
            String searchFeed = Api.get("/recherche.atom?q=" + shared, stranger).expect(200).text();
            assertAll(
                    () -> assertEquals(1, listed.getJsonNumber("total").longValue(), listed::toString),
                    () -> assertEquals(1L, Api.facet(listed, "network").get(slug), listed::toString),
                    () -> assertFalse(listed.toString().contains(secret), listed::toString),
                    () -> assertEquals(0, found.getJsonNumber("total").longValue(), found::toString),
                    () -> assertFalse(completions.contains(secret), completions),
                    () -> assertFalse(similar.contains(secret), "similar content"),
                    () -> assertFalse(networkPage.contains(secret), "network page"),
                    () -> assertFalse(list.contains(secret) || list.contains("/actualites/" + id + "\""), "list"),
                    () -> assertFalse(searchPage.contains(secret), "search page"),
                    () -> assertFalse(searchFeed.contains(secret), "search feed"));
            Api.get("/api/news/" + id, stranger).expect(404);
            Api.get("/actualites/" + id, stranger).expect(404);
            Api.get("/ressources/" + id, stranger).expect(404);
        }
        assertFalse(Api.get("/actualites.atom").expect(200).text().contains(secret), "news feed");
        assertFalse(Api.get("/reseaux/" + slug + "/actualites.atom").expect(200).text().contains(secret),
                "network's news feed");

        for (Caller insider : List.of(member, animator)) {
            JsonObject listed = Api.get("/api/news?network=" + slug, insider).expect(200).json();
            String page = Api.get("/actualites/" + id, insider).expect(200).text();
            assertAll(
                    () -> assertEquals(2, listed.getJsonNumber("total").longValue(), listed::toString),
                    () -> assertTrue(Api.get("/api/news/" + id, insider).expect(200).json()
                            .getBoolean("membersOnly")),
                    () -> assertTrue(page.contains("Réservée aux membres"), "the badge"),
                    () -> assertTrue(Api.get("/actualites?network=" + slug, insider).expect(200).text()
                            .contains("href=\"/actualites/" + id + "\""), "the list"),
                    () -> assertTrue(Api.get("/reseaux/" + slug, insider).expect(200).text().contains(secret),
                            "the network's page"),
                    () -> assertTrue(Api.get("/actualites/" + publicId, insider).expect(200).text()
                            .contains(secret), "among the similar content"),
                    () -> assertEquals(1, Api.get("/api/search?q=" + secret, insider).expect(200).json()
                            .getJsonNumber("total").longValue()));
        }
    }

    /**
     * A members-only event of a network, with a word of its own, published at once by its animator, and a material of
     * it with another: a visitor, a registered outsider and a moderator outside the network find nothing of them
     * (agenda, API list and facets, page, calendar entry and public calendar, the network's page, search, its feed,
     * completions, similar content, the material's file, the newsletter composer), nor register to the event; a
     * member and the animator find it (agenda, search, similar content, the network's page).
     */
    @Test
    void nothingOfAMembersOnlyEventReachesOutsiders() {
        NetworkCircle circle = NetworkCircle.of("rdv");
        String slug = circle.slug();
        Caller animator = circle.animator();
        Caller member = circle.member();
        Caller outsider = circle.outsider();
        Caller otherModerator = circle.otherModerator();
        String secret = Token.next().toLowerCase();
        String shared = circle.shared();
        long publicId = circle.publicId();
        long id = Api.post("/api/events", animator, Json.createObjectBuilder()
                .add("metadata", Json.createObjectBuilder().add("title", "Rendez-vous " + secret)
                        .add("summary", "Haies " + shared + " " + shared + " " + secret + " entre membres.")
                        .add("territory", "bretagne").add("themes", Json.createArrayBuilder().add("biodiversity")))
                .add("kind", "network-meeting").add("format", "in-person").add("placeName", "Salle du réseau")
                .add("startsAt", (java.time.LocalDate.now().getYear() + 1) + "-04-02T09:00")
                .add("endsAt", (java.time.LocalDate.now().getYear() + 1) + "-04-02T12:00").add("capacity", 10)
                .add("network", slug).add("membersOnly", true).build()).expect(201).locationId();
        assertEquals("published", Api.post("/api/events/" + id + "/submit", animator).expect(200).json()
                .getString("status"));
        // Its materials, attached by an administrator, are the circle's too.
        String material = Token.next().toLowerCase();
        long materialId = Api.upload("/api/resources/" + id + "/materials", Form.text("support-" + material + ".txt",
                "Support " + material + " du rendez-vous.").field("title", "Support " + material), ADMIN).expect(201)
                .locationId();
        Api.awaitIndexed();
        Api.poll("/api/search?q=" + secret, member, a -> a.json().getJsonNumber("total").longValue() == 1,
                Duration.ofSeconds(10));
        Api.poll("/api/search?q=" + material, member, a -> a.json().getJsonNumber("total").longValue() >= 1,
                Duration.ofSeconds(10));
        Api.searchSettled(1, "q", shared);

        JsonObject issue = Api.post("/api/newsletter/issues", otherModerator, Json.createObjectBuilder().build())
                .expect(201).json();
        String proposed = issue.getJsonArray("items").toString();
        Api.delete("/api/newsletter/issues/" + issue.getJsonNumber("id").longValue(), otherModerator).expect(204);
        assertFalse(proposed.contains(secret) || proposed.contains("\"resourceId\":" + id), proposed);

        for (Caller stranger : List.of(Caller.ANONYMOUS, outsider, otherModerator)) {
            String agenda = Api.get("/agenda", stranger).expect(200).text();
            String listed = Api.get("/api/events?network=" + slug, stranger).expect(200).text();
            JsonObject found = Api.get("/api/search?q=" + secret, stranger).expect(200).json();
            JsonObject ofMaterial = Api.get("/api/search?q=" + material, stranger).expect(200).json();
            String materialCompletions = Api.get("/api/suggest?q=support+" + material.substring(0, 6), stranger)
                    .expect(200).text();
            JsonObject events = Api.get("/api/search?type=event&size=1", stranger).expect(200).json();
            String completions = Api.get("/api/suggest?q=" + secret.substring(0, 6), stranger).expect(200).text();
            String similar = Api.get("/actualites/" + publicId, stranger).expect(200).text();
            String networkPage = Api.get("/reseaux/" + slug, stranger).expect(200).text();
            String searchPage = Api.get("/recherche?q=" + shared, stranger).expect(200).text();
            String searchFeed = Api.get("/recherche.atom?q=" + shared, stranger).expect(200).text();
            assertAll(
                    () -> assertFalse(agenda.contains(secret), "agenda"),
                    () -> assertFalse(listed.contains(secret), listed),
                    () -> assertEquals(0, found.getJsonNumber("total").longValue(), found::toString),
                    () -> assertEquals(0, ofMaterial.getJsonNumber("total").longValue(), ofMaterial::toString),
                    () -> assertFalse(materialCompletions.contains(material), materialCompletions),
                    () -> assertFalse(events.toString().contains(secret), events::toString),
                    () -> assertFalse(completions.contains(secret), completions),
                    () -> assertFalse(similar.contains(secret), "similar content"),
                    () -> assertFalse(networkPage.contains(secret), "network page"),
                    () -> assertFalse(searchPage.contains(secret), "search page"),
                    () -> assertFalse(searchFeed.contains(secret), "search feed"));
            Api.get("/api/events/" + id, stranger).expect(404);
            Api.get("/api/events/" + id + "/ics", stranger).expect(404);
            Api.get("/agenda/" + id, stranger).expect(404);
            Api.get("/agenda/" + id + ".ics", stranger).expect(404);
            Api.get("/agenda/" + id + "/revivre", stranger).expect(404);
            Api.get("/ressources/" + id, stranger).expect(404);
            Api.get("/api/resources/" + materialId + "/file", stranger).expect(404);
            Api.get("/api/resources/" + id + "/materials", stranger).expect(404);
            Api.post("/api/events/" + id + "/registrations", stranger, Json.createObjectBuilder()
                    .add("name", "Camille").add("email", "dehors-" + Token.next() + "@exemple.fr")
                    .add("consent", true).build()).expect(404);
        }
        assertFalse(Api.get("/agenda.ics").expect(200).text().contains(secret), "the public calendar");

        for (Caller insider : List.of(member, animator)) {
            assertAll(
                    () -> assertTrue(Api.get("/agenda", insider).expect(200).text().contains(secret), "agenda"),
                    () -> assertEquals(1, Api.get("/api/resources/" + id + "/materials", insider).expect(200)
                            .jsonArray().size(), "its material"),
                    () -> assertTrue(Api.get("/api/events/" + id, insider).expect(200).json()
                            .getBoolean("membersOnly")),
                    () -> assertTrue(Api.get("/reseaux/" + slug, insider).expect(200).text().contains(secret),
                            "the network's page"),
                    () -> assertTrue(Api.get("/actualites/" + publicId, insider).expect(200).text()
                            .contains(secret), "among the similar content"),
                    () -> assertEquals(1, Api.get("/api/search?q=" + secret, insider).expect(200).json()
                            .getJsonNumber("total").longValue()));
        }
    }

    /**
     * A document and a news item shared in a project's space, each with a word of its own: a visitor, another
     * contributor and a member of another project find nothing of them (search, its totals and facets,
     * completions, « Vouliez-vous dire », similar content, the search page and its feed, the news list and both
     * feeds, the agenda's feed, the project's public page and API, the file, the export); a member and the
     * coordinator find both.
     */
    @Test
    void nothingOfAProjectOnlyDocumentOrNewsItemReachesOutsiders() {
        ProjectSpaceFixture project = ProjectSpaceFixture.create("fuite");
        ProjectSpaceFixture elsewhere = ProjectSpaceFixture.create("ailleurs");
        String secret = Token.next().toLowerCase();
        String newsSecret = Token.next().toLowerCase();
        String shared = Token.next().toLowerCase();
        long publicId = Api.upload(Form.text("voisin-" + shared + ".txt", "Haies " + shared + " " + shared + " "
                + publishedWord + ".").field("title", "Voisin " + shared).field("type", "guide"), ADMIN)
                .expect(201).locationId();
        long document = project.share(project.member(), "Projet " + secret,
                "Haies " + shared + " " + shared + " " + secret + " entre partenaires.");
        long news = project.post(project.coordinator(), "Nouvelle " + newsSecret,
                "Haies " + shared + " " + newsSecret + " entre partenaires.");
        Api.awaitIndexed();
        Api.poll("/api/search?q=" + secret, project.member(), a -> a.json().getJsonNumber("total").longValue() == 1,
                Duration.ofSeconds(10));

        for (Caller stranger : List.of(Caller.ANONYMOUS, project.outsider(), elsewhere.member())) {
            for (String word : List.of(secret, newsSecret)) {
                JsonObject found = Api.get("/api/search?q=" + word, stranger).expect(200).json();
                JsonObject typo = Api.get("/api/search?q=" + typo(word) + "+OR+" + typo(publishedWord), stranger)
                        .expect(200).json();
                String completions = Api.get("/api/suggest?q=" + word.substring(0, 6), stranger).expect(200).text();
                assertAll(
                        () -> assertEquals(0, found.getJsonNumber("total").longValue(), found::toString),
                        () -> assertFalse(typo.toString().contains(word), typo::toString),
                        () -> assertFalse(completions.contains(word), completions));
            }
            JsonObject all = Api.get("/api/search?size=1&q=" + shared, stranger).expect(200).json();
            String similar = Api.get("/ressources/" + publicId, stranger).expect(200).text();
            String searchPage = Api.get("/recherche?q=" + shared, stranger).expect(200).text();
            String searchFeed = Api.get("/recherche.atom?q=" + shared, stranger).expect(200).text();
            JsonObject newsList = Api.get("/api/news?q=" + newsSecret, stranger).expect(200).json();
            String newsPage = Api.get("/actualites?q=" + shared, stranger).expect(200).text();
            String publicPage = Api.get("/projets/" + project.slug(), stranger).expect(200).text();
            String publicNews = Api.get("/api/projects/" + project.slug() + "/news", stranger).expect(200).text();
            String export = Api.get("/api/actors/export?format=csv", stranger).expect(200).text();
            assertAll(
                    () -> assertEquals(1, all.getJsonNumber("total").longValue(), "the public neighbour only"),
                    () -> assertFalse(Api.facet(all, "type").containsKey("project-document"), all::toString),
                    () -> assertFalse(Api.facet(all, "type").containsKey("news"), all::toString),
                    () -> assertFalse(similar.contains(secret) || similar.contains(newsSecret), "similar content"),
                    () -> assertFalse(searchPage.contains(secret) || searchPage.contains(newsSecret), "search page"),
                    () -> assertFalse(searchFeed.contains(secret) || searchFeed.contains(newsSecret), "search feed"),
                    () -> assertEquals(0, newsList.getJsonNumber("total").longValue(), newsList::toString),
                    () -> assertFalse(newsPage.contains(newsSecret) || newsPage.contains("/actualites/" + news + "\""),
                            "news list"),
                    () -> assertFalse(publicPage.contains(secret) || publicPage.contains(newsSecret), "public page"),
                    () -> assertFalse(publicNews.contains(newsSecret), "the project's public news"),
                    () -> assertFalse(export.contains(secret), "export"));
            Api.get("/api/resources/" + document, stranger).expect(404);
            Api.get("/api/resources/" + document + "/file", stranger).expect(404);
            Api.get("/ressources/" + document, stranger).expect(404);
            Api.get("/api/news/" + news, stranger).expect(404);
            Api.get("/actualites/" + news, stranger).expect(404);
        }
        String feeds = Api.get("/actualites.atom").expect(200).text() + Api.get("/agenda.ics").expect(200).text();
        assertFalse(feeds.contains(secret) || feeds.contains(newsSecret), "news and agenda feeds");

        for (Caller insider : List.of(project.member(), project.coordinator())) {
            assertAll(
                    () -> assertEquals(1, Api.get("/api/search?q=" + secret, insider).expect(200).json()
                            .getJsonNumber("total").longValue()),
                    () -> assertEquals(1, Api.get("/api/search?q=" + newsSecret, insider).expect(200).json()
                            .getJsonNumber("total").longValue()),
                    () -> assertTrue(Api.get("/recherche?q=" + secret, insider).expect(200).text()
                            .contains("Projet " + secret), "search page"),
                    () -> assertTrue(Api.get("/ressources/" + publicId, insider).expect(200).text().contains(secret),
                            "among the similar content"),
                    () -> Api.get("/api/resources/" + document + "/file", insider).expect(200),
                    () -> Api.get("/actualites/" + news, insider).expect(200));
        }
    }

    private static long postNews(Caller author, String network, boolean membersOnly, String title, String body) {
        return Api.post("/api/news", author, Json.createObjectBuilder().add("title", title).add("lead", title)
                .add("body", body).add("themes", Json.createArrayBuilder().add("biodiversity"))
                .add("territory", "bretagne").add("network", network).add("membersOnly", membersOnly).build())
                .expect(201).json().getJsonNumber("id").longValue();
    }

    /** The first letter kept, two different letters swapped: one edit away. */
    private static String typo(String word) {
        int i = 2;
        while (word.charAt(i) == word.charAt(i + 1)) {
            i++;
        }
        return word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
    }

    private static void move(long id, String action, Caller who, String message) {
        JsonObject body = message == null ? Json.createObjectBuilder().build()
                : Json.createObjectBuilder().add("message", message).build();
        Api.post("/api/resources/" + id + "/" + action, who, body).expect(200);
    }

    /**
     * A network with its animator, an accepted member, an outsider, a moderator of no part in it, and one public news
     * item published there holding the word {@code shared}: what a members-only item is compared against.
     */
    private record NetworkCircle(String slug, Caller animator, Caller member, Caller outsider, Caller otherModerator,
                                 String shared, long publicId) {
        static NetworkCircle of(String tag) {
            String animatorName = "anim-" + tag + "-" + Token.next();
            Caller animator = Api.createAccount(animatorName, "contributor");
            String slug = "reseau-" + Token.next().toLowerCase();
            Api.post("/api/networks", ADMIN, Json.createObjectBuilder().add("slug", slug).add("name", "Réseau " + slug)
                    .add("animators", Json.createArrayBuilder().add(animatorName)).build()).expect(201);
            String memberName = "membre-" + tag + "-" + Token.next();
            Caller member = Api.createAccount(memberName, "contributor");
            new ListFixture(slug, null).enrol(memberName, "ACCEPTED", false);
            Caller outsider = Api.createAccount("dehors-" + Token.next(), "contributor");
            Caller otherModerator = Api.createAccount("mod-ailleurs-" + Token.next(), "moderator");
            String shared = Token.next().toLowerCase();
            long publicId = postNews(animator, slug, false, "Haies publiques " + shared,
                    "Haies " + shared + " " + shared + " plantées en public.");
            Api.post("/api/news/" + publicId + "/submit", animator).expect(200);
            Api.post("/api/resources/" + publicId + "/publish", otherModerator).expect(200);
            return new NetworkCircle(slug, animator, member, outsider, otherModerator, shared, publicId);
        }
    }
}
