package fr.bocage.it.network;

import static fr.bocage.it.Api.Caller.ADMIN;
import static fr.bocage.it.Api.Caller.ANONYMOUS;
import static fr.bocage.it.Api.hitIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import fr.bocage.it.Api;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Mailbox;
import fr.bocage.it.Person;
import fr.bocage.it.Token;
import fr.bocage.it.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.xml.sax.InputSource;

/**
 * News over HTTP: a contributor's item waits unseen (list, page, search, feeds, similar content) until a moderator
 * publishes it; then the list, search and both Atom feeds have it, the feeds validate, and markup typed anywhere is
 * text in the page and the feed; only a network's animators put news in it, and only a network's item is members-only;
 * images are PNG, JPEG or WebP of at most 2 MB with their alternative text; a rejected item's author is told why by
 * e-mail.
 */
public class NewsIT {
    private static final String ATTACK = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    static JsonObjectBuilder news(String title, String lead, String body) {
        return Json.createObjectBuilder().add("title", title).add("lead", lead).add("body", body)
                .add("themes", Json.createArrayBuilder().add("biodiversity")).add("territory", "bretagne");
    }

    private static SyndFeed feed(String path) throws Exception {
        Api.Answer answer = Api.get(path).expect(200);
        assertTrue(answer.header("Content-Type").orElse("").startsWith("application/atom+xml"), path);
        String xml = answer.text();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertEquals("atom_1.0", feed.getFeedType());
        assertNotNull(feed.getUri());
        assertNotNull(feed.getTitle());
        assertNotNull(feed.getPublishedDate(), "updated");
        assertTrue(feed.getLinks().stream().anyMatch(l -> "self".equals(l.getRel())), "self link");
        assertTrue(feed.getLinks().stream().anyMatch(l -> "alternate".equals(l.getRel())), "alternate link");
        for (SyndEntry entry : feed.getEntries()) {
            assertNotNull(entry.getUri());
            assertNotNull(entry.getTitle());
            assertNotNull(entry.getUpdatedDate());
            assertNotNull(entry.getPublishedDate());
            assertNotNull(entry.getLink());
        }
        return feed;
    }

    private static Optional<SyndEntry> entry(SyndFeed feed, long id) {
        return feed.getEntries().stream().filter(e -> e.getUri().endsWith("/actualites/" + id)).findFirst();
    }

    private static List<Long> listed(String query) {
        return Api.get("/api/news?" + query).expect(200).json().getJsonArray("news").getValuesAs(JsonObject.class)
                .stream().map(n -> n.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void aContributorsItemStaysUnseenUntilPublishedThenListFeedsAndSearchHaveItEscaped() throws Exception {
        Caller contributor = Api.createAccount("redactrice-" + Token.next(), "contributor");
        Caller moderator = Api.createAccount("moderatrice-" + Token.next(), "moderator");
        String word = Token.next();
        String title = "Plantation de haies " + word + " " + ATTACK;
        String lead = "Un chapô " + word + " " + ATTACK;
        String body = "## Le chantier\n\nDes **haies** plantées à " + word + ".\n\n" + ATTACK
                + "\n\n[lien piégé](javascript:alert(3)) et [le site](https://exemple.fr)";
        JsonObject created = Api.post("/api/news", contributor, news(title, lead, body).build()).expect(201).json();
        long id = created.getJsonNumber("id").longValue();
        assertEquals("draft", created.getString("status"));
        assertEquals(body, created.getString("body"), "the Markdown as written");
        String bodyHtml = created.getString("bodyHtml");
        assertTrue(bodyHtml.contains("<strong>haies</strong>"), bodyHtml);
        assertFalse(bodyHtml.contains("<script") || bodyHtml.contains("onerror") || bodyHtml.contains("javascript:"),
                bodyHtml);

        // A draft, then submitted: nobody else sees it anywhere.
        for (int step = 0; step < 2; step++) {
            Api.awaitIndexed();
            Api.get("/api/news/" + id).expectError(404);
            Api.get("/actualites/" + id).expect(404);
            assertEquals(List.of(), listed("q=" + word));
            assertEquals(List.of(), hitIds(Api.search("q", word).expect(200).json()));
            assertFalse(Api.get("/actualites?q=" + word).expect(200).text().contains("href=\"/actualites/" + id + "\""));
            assertFalse(Api.get("/actualites.atom").expect(200).text().contains(word));
            if (step == 0) {
                String own = Api.get("/actualites/" + id, contributor).expect(200).text();
                assertTrue(own.contains("/actualites/" + id + "/modifier"), "its author sees and edits it");
                Api.post("/api/news/" + id + "/submit", contributor).expect(200);
            }
        }
        Api.post("/api/resources/" + id + "/publish", moderator).expect(200);

        JsonObject found = Api.searchSettled(1, "q", word);
        assertEquals(List.of(id), hitIds(found));
        assertEquals(List.of(id), listed("q=" + word));
        assertEquals(List.of(id), listed("q=" + word + "&theme=biodiversity&territory=bretagne"));
        assertEquals(List.of(), listed("q=" + word + "&theme=water"));
        List<String> dates = Api.get("/api/news?size=50").expect(200).json().getJsonArray("news")
                .getValuesAs(JsonObject.class).stream().map(n -> n.getString("date")).toList();
        assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates,
                "newest first without words");

        String page = Api.get("/actualites/" + id).expect(200).text();
        assertFalse(page.contains("<script>alert"), "no script from the author");
        assertFalse(page.contains("<img src=x"), "no element from the author");
        assertFalse(page.contains("javascript:alert(3)"), page);
        assertTrue(page.contains("&lt;script&gt;alert(") || page.contains("&lt;script&gt;"), "the title as text");
        assertTrue(page.contains("<strong>haies</strong>"), "the Markdown's emphasis");
        assertTrue(page.contains("<a href=\"https://exemple.fr\" rel=\"noopener nofollow\">")
                || page.contains("<a href=\"https://exemple.fr\" rel=\"nofollow noopener\">"), page);
        assertTrue(page.contains("Découvrez d&#039;autres contenus similaires")
                || page.contains("Découvrez d'autres contenus similaires"), page);
        assertTrue(page.contains("type=\"application/atom+xml\""), "the feed is announced");
        assertEquals(302, Api.get("/ressources/" + id).status(), "the resource page leads to the item's");
        String list = Api.get("/actualites?q=" + word).expect(200).text();
        assertTrue(list.contains("href=\"/actualites/" + id + "\""), list);
        assertFalse(list.contains("<script>alert"), list);

        SyndFeed all = feed("/actualites.atom");
        SyndEntry entry = entry(all, id).orElseThrow();
        assertEquals(title, entry.getTitle(), "the title as text, read back");
        assertEquals(lead, entry.getDescription().getValue());
        String content = entry.getContents().get(0).getValue();
        assertEquals("html", entry.getContents().get(0).getType());
        assertTrue(content.contains("<strong>haies</strong>"), content);
        assertFalse(content.contains("<script") || content.contains("onerror") || content.contains("javascript:"),
                content);
        assertTrue(entry.getCategories().stream().anyMatch(c -> "biodiversity".equals(c.getName())));
        assertTrue(entry.getLink().startsWith("http") && entry.getLink().endsWith("/actualites/" + id));

        // Withdrawn: gone from the list and the feed.
        Api.post("/api/resources/" + id + "/withdraw", moderator, Json.createObjectBuilder().build()).expect(200);
        Api.searchSettled(0, "q", word);
        assertEquals(List.of(), listed("q=" + word));
        assertTrue(entry(feed("/actualites.atom"), id).isEmpty());
        Api.get("/actualites/" + id).expect(410);
    }

    @Test
    void onlyTheNetworksAnimatorsPutNewsInItAndItsFeedHasThem() throws Exception {
        String animatorName = "animatrice-" + Token.next();
        Caller animator = Api.createAccount(animatorName, "contributor");
        Caller other = Api.createAccount("autre-" + Token.next(), "contributor");
        Caller moderator = Api.createAccount("moderateur-" + Token.next(), "moderator");
        String slug = "reseau-" + Token.next().toLowerCase(Locale.ROOT);
        Api.post("/api/networks", ADMIN, Json.createObjectBuilder().add("slug", slug).add("name", "Réseau " + slug)
                .add("animators", Json.createArrayBuilder().add(animatorName)).build()).expect(201);
        String word = Token.next();

        JsonObject refused = Api.post("/api/news", other, news("Hors réseau " + word, "Chapô", "Corps")
                .add("network", slug).build()).expectError(400);
        assertTrue(refused.toString().contains("network"), refused.toString());
        Api.post("/api/news", animator, news("X", "Chapô", "Corps").add("network", "inconnu-" + word.toLowerCase())
                .build()).expectError(400);

        long id = Api.post("/api/news", animator, news("Rencontre du réseau " + word, "Chapô " + word,
                "Le réseau se réunit.").add("network", slug).build()).expect(201).json().getJsonNumber("id").longValue();
        Api.post("/api/news/" + id + "/submit", animator).expect(200);
        // Not yet published: absent from the network's feed too.
        assertTrue(entry(feed("/reseaux/" + slug + "/actualites.atom"), id).isEmpty());
        Api.post("/api/resources/" + id + "/publish", moderator).expect(200);
        Api.searchSettled(1, "q", word);

        assertEquals(slug, Api.get("/api/news/" + id).expect(200).json().getString("network"));
        assertEquals(List.of(id), listed("q=" + word + "&network=" + slug));
        SyndFeed network = feed("/reseaux/" + slug + "/actualites.atom");
        assertTrue(entry(network, id).isPresent());
        assertEquals(1, network.getEntries().size());
        assertTrue(network.getTitle().contains("Réseau " + slug), network.getTitle());
        assertTrue(entry(feed("/actualites.atom"), id).isPresent(), "the overall feed has it too");
        Api.get("/reseaux/inconnu-" + word.toLowerCase(Locale.ROOT) + "/actualites.atom").expect(404);
        String page = Api.get("/actualites/" + id).expect(200).text();
        assertTrue(page.contains("/reseaux/" + slug + "/actualites.atom"), "its network's feed announced");
        String filtered = Api.get("/actualites?network=" + slug).expect(200).text();
        assertTrue(filtered.contains("href=\"/actualites/" + id + "\""), filtered);
    }

    @Test
    void onlyANetworksItemIsMembersOnlyAndItsAuthorMayOpenItAgain() throws Exception {
        String animatorName = "animateur-" + Token.next();
        Caller animator = Api.createAccount(animatorName, "contributor");
        Caller moderator = Api.createAccount("moderatrice-" + Token.next(), "moderator");
        String slug = "reseau-" + Token.next().toLowerCase(Locale.ROOT);
        Api.post("/api/networks", ADMIN, Json.createObjectBuilder().add("slug", slug).add("name", "Réseau " + slug)
                .add("animators", Json.createArrayBuilder().add(animatorName)).build()).expect(201);
        String word = Token.next();

        JsonObject alone = Api.post("/api/news", animator, news("Sans réseau " + word, "Chapô", "Corps")
                .add("membersOnly", true).build()).expectError(400);
        assertTrue(alone.getJsonArray("details").getString(0).startsWith("membersOnly : "), alone.toString());
        assertTrue(alone.getString("message").contains("réseau"), alone.toString());
        Caller contributor = Api.createAccount("contributeur-" + Token.next(), "contributor");
        JsonObject notTheirs = Api.post("/api/news", contributor, news("Pas son réseau " + word, "Chapô", "Corps")
                .add("network", slug).add("membersOnly", true).build()).expectError(400);
        assertTrue(notTheirs.getJsonArray("details").getString(0).startsWith("network : "), notTheirs.toString());
        Api.post("/api/news", animator, news("Mal nommé " + word, "Chapô", "Corps").add("network", "Pas Valide")
                .add("membersOnly", true).build()).expectError(400);

        // The form: refused without a network, the box still ticked; with one, published at once by its animator.
        WebSession session = new WebSession();
        session.login(animatorName, Api.passwordOf(animatorName));
        Map<String, String> fields = new LinkedHashMap<>(Map.of("title", "Par le formulaire " + word,
                "lead", "Chapô", "body", "Corps", "theme", "biodiversity", "territory", "bretagne",
                "membersOnly", "oui", "submit", "1"));
        String refusedForm = session.submit("/actualites/nouvelle", "/actualites/nouvelle", fields).expect(400).text();
        assertTrue(refusedForm.contains("peut être réservé à ses membres"), refusedForm);
        assertTrue(refusedForm.matches("(?s).*name=\"membersOnly\" value=\"oui\" checked.*"), refusedForm);
        fields.put("network", slug);
        String location = session.submit("/actualites/nouvelle", "/actualites/nouvelle", fields).expect(302)
                .header("Location").orElseThrow();
        assertTrue(location.matches(".*/actualites/\\d+"), "published, not waiting for moderation: " + location);
        String created = location.substring(location.indexOf("/actualites/"));
        assertTrue(session.get(created).expect(200).text().contains("Réservée aux membres"));
        Api.get(created).expect(404);

        // A moderator's item, published at once, made members-only then public again.
        long id = Api.post("/api/news", moderator, news("Ouverte " + word, "Chapô " + word, "Corps")
                .add("network", slug).build()).expect(201).json().getJsonNumber("id").longValue();
        assertFalse(Api.get("/api/news/" + id).expect(200).json().getBoolean("membersOnly"));
        Api.searchSettled(1, "q", word);
        JsonObject closed = Api.put("/api/news/" + id, moderator, news("Ouverte " + word, "Chapô " + word, "Corps")
                .add("network", slug).add("membersOnly", true).build()).expect(200).json();
        assertTrue(closed.getBoolean("membersOnly"), closed.toString());
        Api.searchSettled(0, "q", word);
        Api.get("/actualites/" + id).expect(404);
        assertTrue(entry(feed("/reseaux/" + slug + "/actualites.atom"), id).isEmpty());
        String own = Api.get("/actualites/" + id, moderator).expect(200).text();
        assertTrue(own.contains("Réservée aux membres"), "its author sees it, marked");

        Api.put("/api/news/" + id, moderator, news("Ouverte " + word, "Chapô " + word, "Corps").add("network", slug)
                .build()).expect(200);
        Api.searchSettled(1, "q", word);
        Api.get("/actualites/" + id).expect(200);
        assertTrue(entry(feed("/reseaux/" + slug + "/actualites.atom"), id).isPresent());
    }

    /** A moderator's rejection reaches the item's author by e-mail, in the words of news, with the reason. */
    @Test
    void aRejectedItemsAuthorIsToldWhyByEmail() {
        Person author = Person.fresh().registeredAndConfirmed(MAIL);
        Caller moderator = Api.createAccount("moderateur-" + Token.next(), "moderator");
        String title = "Actualité hors sujet " + Token.next();
        long id = Api.post("/api/news", author.basic(), news(title, "Un chapô.", "Un corps.").build()).expect(201)
                .json().getJsonNumber("id").longValue();
        Api.post("/api/news/" + id + "/submit", author.basic()).expect(200);
        String reason = "Cette actualité relève d'un autre site : proposez-la à la lettre régionale.";
        Api.post("/api/resources/" + id + "/reject", moderator, Json.createObjectBuilder().add("message", reason)
                .build()).expect(200);

        // The confirmation of the account, the acknowledgement of the submission, then the decision.
        List<String> subjects = Mailbox.subjects(MAIL, author.email(), 3);
        assertTrue(subjects.contains("Bocage : « " + title + " » n'a pas été retenue"), subjects.toString());
        String text = Mailbox.texts(MAIL, author.email(), 3).stream().filter(t -> t.contains("pas été retenue"))
                .findFirst().orElseThrow();
        assertTrue(text.contains("Votre actualité « " + title + " » n'a pas été retenue"), text);
        assertTrue(text.contains("Message de la modération :") && text.contains(reason), text);
        assertEquals("rejected", Api.get("/api/news/" + id, author.basic()).expect(200).json().getString("status"));
    }

    @Test
    void anImageIsPngJpegOrWebpOfAtMost2MbWithItsAlternativeText() throws IOException {
        Caller contributor = Api.createAccount("illustratrice-" + Token.next(), "contributor");
        long id = Api.post("/api/news", contributor, news("Illustrée " + Token.next(), "Chapô", "Corps").build())
                .expect(201).json().getJsonNumber("id").longValue();
        String path = "/api/news/" + id + "/image";

        Api.upload(path, Api.Form.file("haie.png", png()), contributor).expectError(400);
        Api.upload(path + "?alt=", Api.Form.file("haie.png", png()), contributor).expectError(400);
        Api.upload(path + "?alt=Une+haie", Api.Form.text("dessin.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"), contributor).expectError(415);
        Api.upload(path + "?alt=Un+texte", Api.Form.text("note.png", "pas une image"), contributor).expectError(415);
        byte[] large = new byte[3 * 1024 * 1024];
        System.arraycopy(png(), 0, large, 0, 8);
        Api.upload(path + "?alt=Trop+grande", Api.Form.file("grande.png", large), contributor).expectError(413);
        Api.upload(path + "?alt=Une+haie", Api.Form.file("haie.png", png()), ANONYMOUS).expect(401);
        Caller stranger = Api.createAccount("inconnue-" + Token.next(), "contributor");
        Api.upload(path + "?alt=Une+haie", Api.Form.file("haie.png", png()), stranger).expectError(404);

        String alt = "Une haie <b>champêtre</b> \" onmouseover=\"alert(1)";
        JsonObject withImage = Api.upload(path + "?alt=" + java.net.URLEncoder.encode(alt, StandardCharsets.UTF_8),
                Api.Form.file("haie.png", png()), contributor).expect(200).json();
        assertEquals(alt, withImage.getString("imageAlt"));
        assertEquals("/api/resources/" + id + "/file", withImage.getString("image"));
        Api.Answer image = Api.get("/api/resources/" + id + "/file", contributor).expect(200);
        assertEquals("image/png", image.header("Content-Type").orElse(""));
        String page = Api.get("/actualites/" + id, contributor).expect(200).text();
        assertTrue(page.contains("alt=\"Une haie &lt;b&gt;champêtre&lt;/b&gt; &#034; onmouseover=&#034;alert(1)\""),
                page);
        Api.get("/api/resources/" + id + "/file").expectError(404);
    }

    /** A small PNG of random colour, so that no two uploads are the same file. */
    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, ThreadLocalRandom.current().nextInt(0xffffff));
        image.setRGB(7, 7, ThreadLocalRandom.current().nextInt(0xffffff));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
