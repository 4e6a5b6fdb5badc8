package fr.bocage.it.network;

import static fr.bocage.it.Api.Caller.ANONYMOUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.bocage.it.Api;
import fr.bocage.it.Mailbox;
import fr.bocage.it.Person;
import fr.bocage.it.Token;
import fr.bocage.it.WebSession;
import jakarta.json.Json;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * « Mes abonnements » (/mon-espace/abonnements) against the running server, as its people use it: anonymous visitors
 * are sent to the login page; a member sees and changes their own newsletter subscription (through the double opt-in:
 * nothing but the confirmation e-mail before its link), their networks' lists and their saved searches, each change
 * confirmed after a redirect; never another person's saved search or subscription; bad posts get a French 4xx.
 */
class MySubscriptionsIT {
    private static final String PAGE = "/mon-espace/abonnements";

    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    private static WebSession signedIn(Person person) {
        WebSession session = new WebSession();
        session.login(person.email(), person.password());
        return session;
    }

    /** Posts one of the page's forms with the page's token; the answer as it comes (a redirect when done). */
    private static Api.Answer change(WebSession session, String section, String action, String... fields) {
        Map<String, String> posted = new LinkedHashMap<>();
        posted.put("section", section);
        posted.put("action", action);
        for (int i = 0; i < fields.length; i += 2) {
            posted.put(fields[i], fields[i + 1]);
        }
        return session.submit(PAGE, PAGE, posted);
    }

    /** Posts, expects the redirect with its confirmation, and returns the page it leads to. */
    private static String done(WebSession session, String section, String action, String... fields) {
        Api.Answer answer = change(session, section, action, fields);
        assertEquals(302, answer.status(), answer::text);
        String location = answer.header("Location").orElseThrow();
        assertTrue(location.contains(PAGE + "?fait=" + section + "."), location);
        URI uri = URI.create(location);
        return session.get(uri.getRawPath() + "?" + uri.getRawQuery()).expect(200).text();
    }

    private static long savedSearch(Person owner, String name) {
        return Api.post("/api/saved-searches", owner.basic(), Json.createObjectBuilder().add("name", name)
                .add("search", "q=" + Token.next()).add("frequency", "none").build()).expect(201).locationId();
    }

    private static String frequencyOf(Person owner, long id) {
        return Api.get("/api/saved-searches/" + id, owner.basic()).expect(200).json().getString("frequency");
    }

    private static List<MimeMessage> confirmationsTo(String email) throws Exception {
        return NewsletterIT.to(MAIL, email).stream().filter(m -> {
            try {
                return m.getSubject().contains("Confirmez votre abonnement");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        Api.Answer answer = new WebSession().get(PAGE).expect(302);
        assertTrue(answer.header("Location").orElseThrow().contains("/connexion"), answer.header("Location")::get);
        assertEquals(302, new WebSession().post(PAGE, Map.of("section", "lettre", "action", "subscribe")).status());
    }

    @Test
    void theNewsletterIsSubscribedThroughItsConfirmationOnlyThenItsThemesChangeAndItEnds() throws Exception {
        Person lea = Person.fresh().registeredAndConfirmed(MAIL);
        WebSession session = signedIn(lea);
        String page = session.get(PAGE).expect(200).text();
        assertTrue(page.contains("<h1>Mes abonnements</h1>"), page);
        assertTrue(page.contains(lea.email()), "the account's address: " + page);
        assertTrue(page.contains("M&#039;abonner"), page);
        assertTrue(session.get("/mon-espace").expect(200).text().contains("href=\"/mon-espace/abonnements\""));

        String after = done(session, "lettre", "subscribe", "themes", "water");
        assertTrue(after.contains("Un courriel de confirmation vient de partir"), after);
        assertTrue(after.contains("En attente de confirmation"), after);
        String link = Mailbox.link(MAIL, lea.email(), "/lettre/confirmation");
        Thread.sleep(1_000);
        List<MimeMessage> confirmations = confirmationsTo(lea.email());
        assertEquals(1, confirmations.size(), "the confirmation, and nothing else");
        assertTrue(confirmations.get(0).getContentType().startsWith("multipart/alternative"));
        assertEquals(2, ((Multipart) confirmations.get(0).getContent()).getCount());

        String query = URI.create(link).getRawQuery();
        String token = URLDecoder.decode(query.substring(query.indexOf("jeton=") + 6), StandardCharsets.UTF_8);
        Api.post("/api/newsletter/subscriptions/confirm", ANONYMOUS,
                Json.createObjectBuilder().add("token", token).build()).expect(200);
        page = session.get(PAGE).expect(200).text();
        assertTrue(page.contains("Abonnement confirmé pour " + lea.email()), page);
        assertTrue(page.matches("(?s).*value=\"water\" checked.*"), "the theme chosen: " + page);

        // Subscribing again once confirmed: refused, in French, and nothing sent.
        Api.Answer again = change(session, "lettre", "subscribe");
        assertEquals(409, again.status());
        assertTrue(again.text().contains("déjà abonnée"), again.text());

        page = done(session, "lettre", "themes", "themes", "mobility");
        assertTrue(page.contains("Vos thèmes sont enregistrés."), page);
        assertTrue(page.matches("(?s).*value=\"mobility\" checked.*"), page);
        assertFalse(page.matches("(?s).*value=\"water\" checked.*"), page);
        Api.Answer unknownTheme = change(session, "lettre", "themes", "themes", "astrologie");
        assertEquals(400, unknownTheme.status());
        assertTrue(unknownTheme.text().contains("thèmes choisis"), unknownTheme.text());

        // Unsubscribing asks first (without script, on a page), then ends the subscription.
        String question = change(session, "lettre", "unsubscribe").expect(200).text();
        assertTrue(question.contains("Vous désabonner de la lettre de Bocage"), question);
        page = done(session, "lettre", "unsubscribe", "confirm", "oui");
        assertTrue(page.contains("désabonné·e de la lettre"), page);
        assertTrue(page.contains("M&#039;abonner"), page);
        assertEquals(1, confirmationsTo(lea.email()).size());
    }

    @Test
    void aMemberChoosesWhetherTheirNetworksListsReachThemAndNoOtherNetworks() {
        ListFixture network = ListFixture.create(MAIL);
        ListFixture other = ListFixture.create(MAIL);
        Person member = network.member(MAIL, "ACCEPTED", true);
        WebSession session = signedIn(member);
        String page = session.get(PAGE).expect(200).text();
        assertTrue(page.contains("Réseau " + network.slug()), page);
        assertFalse(page.contains("Réseau " + other.slug()), "not a member there");
        assertTrue(page.contains("Vous recevez ses messages par courriel."), page);

        page = done(session, "listes", "stop", "network", network.slug());
        assertTrue(page.contains("Vous ne recevrez plus les messages de la liste"), page);
        assertTrue(page.contains("Vous ne recevez pas ses messages par courriel."), page);
        String membership = "/api/networks/" + network.slug() + "/membership";
        assertFalse(Api.get(membership, member.basic()).expect(200).json().getBoolean("receivesList"));
        page = done(session, "listes", "receive", "network", network.slug());
        assertTrue(page.contains("Vous recevez ses messages par courriel."), page);
        assertTrue(Api.get(membership, member.basic()).expect(200).json().getBoolean("receivesList"));

        Api.Answer outsider = change(session, "listes", "receive", "network", other.slug());
        assertEquals(403, outsider.status());
        assertTrue(outsider.text().contains("Réseau " + other.slug()), outsider.text());
        assertEquals(404, change(session, "listes", "receive", "network", "inconnu-" + Token.next().toLowerCase())
                .status());
        assertEquals(400, change(session, "listes", "receive", "network", "a\u0000b").status());
        assertEquals(400, change(session, "listes", "receive").status());
    }

    @Test
    void eachPersonSeesAndChangesTheirOwnSavedSearchesOnly() {
        Person camille = Person.fresh().registeredAndConfirmed(MAIL);
        Person other = Person.fresh().registeredAndConfirmed(MAIL);
        String mine = "Haies " + Token.next();
        String theirs = "Mares " + Token.next();
        long id = savedSearch(camille, mine);
        long otherId = savedSearch(other, theirs);
        WebSession session = signedIn(camille);
        String page = session.get(PAGE).expect(200).text();
        assertTrue(page.contains(mine), page);
        assertFalse(page.contains(theirs), "another person's saved search");
        assertTrue(page.contains("type=\"application/atom+xml\""), "its feed: " + page);

        page = done(session, "alertes", "frequency", "id", String.valueOf(id), "frequency", "weekly");
        assertTrue(page.contains("La fréquence du résumé est changée."), page);
        assertTrue(page.contains("Résumé par courriel : Chaque semaine"), page);
        assertEquals("weekly", frequencyOf(camille, id));
        Api.Answer bad = change(session, "alertes", "frequency", "id", String.valueOf(id), "frequency", "hourly");
        assertEquals(400, bad.status());
        assertTrue(bad.text().contains("Le résumé est"), bad.text());

        // Another person's search: not found, and untouched.
        assertEquals(404, change(session, "alertes", "frequency", "id", String.valueOf(otherId), "frequency",
                "daily").status());
        assertEquals(404, change(session, "alertes", "delete", "id", String.valueOf(otherId), "confirm", "oui")
                .status());
        assertEquals("none", frequencyOf(other, otherId));
        for (String hostile : List.of("abc", "-1", "99999999999999999999", "1\u0000", "")) {
            assertEquals(404, change(session, "alertes", "delete", "id", hostile, "confirm", "oui").status(), hostile);
        }

        String question = change(session, "alertes", "delete", "id", String.valueOf(id)).expect(200).text();
        assertTrue(question.contains("Supprimer la recherche enregistrée"), question);
        assertEquals("weekly", frequencyOf(camille, id), "nothing deleted before the answer");
        page = done(session, "alertes", "delete", "id", String.valueOf(id), "confirm", "oui");
        assertTrue(page.contains("La recherche est supprimée."), page);
        assertFalse(page.contains(mine), page);
        Api.get("/api/saved-searches/" + id, camille.basic()).expect(404);
    }

    @Test
    void unknownChangesAreRefusedInFrenchAndOddConfirmationsIgnored() {
        Person person = Person.fresh().registeredAndConfirmed(MAIL);
        WebSession session = signedIn(person);
        assertEquals(403, session.post(PAGE, Map.of("section", "lettre", "action", "subscribe")).status(),
                "a post without the session's token");
        Api.Answer unknownSection = change(session, "inconnue", "subscribe");
        assertEquals(400, unknownSection.status());
        assertTrue(unknownSection.text().contains("Modification inconnue"), unknownSection.text());
        assertEquals(400, change(session, "lettre", "inconnue").status());
        assertEquals(400, change(session, "alertes", "x".repeat(5000), "id", "1").status());
        assertEquals(404, change(session, "lettre", "themes", "themes", "water").status(), "nothing to change");
        for (String odd : List.of("lettre.inconnu", "x", "%00", "alertes.supprimee%0D%0ASet-Cookie:x=y", "a".repeat(300))) {
            String page = session.get(PAGE + "?fait=" + odd).expect(200).text();
            assertFalse(page.contains("notice-success"), odd);
        }
    }
}
