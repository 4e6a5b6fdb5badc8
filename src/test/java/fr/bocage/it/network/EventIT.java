package fr.bocage.it.network;

import static fr.bocage.it.Api.Caller.ADMIN;
import static fr.bocage.it.Api.Caller.ANONYMOUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.bocage.event.calendar.StrictCalendar;
import fr.bocage.it.Api;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Mailbox;
import fr.bocage.it.Token;
import fr.bocage.it.WebSession;
import fr.bocage.it.training.webinar.Registrations;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The network's events over HTTP (issue 14, « Agenda »): proposed as drafts, published by a moderator, never shown
 * before; registered to through the engine webinars share (capacity, waiting list, a cancelled place to the first
 * waiting); each in its own time zone, in the pages and the calendars; the joining link for confirmed registrants
 * only; « Revivre ce rendez-vous » once over; in a network, which only its animators (and moderators) choose, and
 * whose page lists its next events.
 */
class EventIT {
    private static final String CANCEL_PAGE = "/webinaires/annulation";
    private static final String AGENDA_FORM = "/agenda/proposer";
    private static final int YEAR = LocalDate.now().getYear() + 1;

    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    static JsonObjectBuilder event(String title, String territory, String format, String startsAt, String endsAt,
            int capacity) {
        return Json.createObjectBuilder()
                .add("metadata", Json.createObjectBuilder().add("title", title)
                        .add("summary", "Rencontre des acteurs du bocage.").add("territory", territory)
                        .add("themes", Json.createArrayBuilder().add("biodiversity")))
                .add("kind", "network-meeting").add("format", format).add("startsAt", startsAt).add("endsAt", endsAt)
                .add("placeName", "Maison du Parc").add("commune", "Saint-Pierre").add("capacity", capacity)
                .add("joinUrl", "https://visio.example/salle-" + Token.next())
                .add("programme", "9 h : accueil. 10 h : visite de haies.");
    }

    static long create(Caller who, JsonObjectBuilder event) {
        return Api.post("/api/events", who, event.build()).expect(201).locationId();
    }

    static long published(Caller author, JsonObjectBuilder event) {
        long id = create(author, event);
        Api.post("/api/events/" + id + "/submit", author, Json.createObjectBuilder().build()).expect(200);
        Api.post("/api/resources/" + id + "/publish", ADMIN, Json.createObjectBuilder().build()).expect(200);
        return id;
    }

    private static JsonObject person(String email) {
        return Json.createObjectBuilder().add("name", "Camille Hoarau").add("email", email)
                .add("organisation", "Parc national").add("consent", true).build();
    }

    private static JsonObject register(long id, String email) {
        Api.post("/api/events/" + id + "/registrations", ANONYMOUS, person(email)).expect(202);
        return Registrations.confirm(MAIL, email).expect(200).json();
    }

    private static String address(String who) {
        return who + "-" + Token.next() + "@exemple.fr";
    }

    static VEvent onlyEvent(String ics) throws Exception {
        Calendar calendar = StrictCalendar.parse(ics);
        calendar.validate();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(1, events.size());
        return events.get(0);
    }

    @Test
    void aDraftIsItsAuthorsUntilPublishedAndTheJoiningLinkNeverLeaks() {
        Caller author = Api.createAccount("animatrice-" + Token.next(), "contributor");
        String word = Token.next();
        String title = "Réunion du réseau " + word;
        JsonObjectBuilder input = event(title, "bretagne", "hybrid", YEAR + "-05-12T09:30", YEAR + "-05-12T17:00", 30);
        JsonObject created = Api.post("/api/events", author, input.build()).expect(201).json();
        long id = created.getJsonNumber("id").longValue();
        String joinUrl = created.getString("joinUrl");
        assertEquals("draft", created.getString("status"));
        assertEquals("Europe/Paris", created.getString("timeZone"));
        assertEquals(YEAR + "-05-12T07:30:00Z", created.getString("startsAt"), "09:30 in Paris, summer time");

        for (String path : List.of("/api/events/" + id, "/agenda/" + id, "/agenda/" + id + ".ics",
                "/agenda/" + id + "/revivre", "/api/events/" + id + "/ics")) {
            Api.get(path).expect(404);
        }
        Api.post("/api/events/" + id + "/registrations", ANONYMOUS, person(address("tot"))).expect(404);
        assertFalse(Api.get("/agenda").expect(200).text().contains(title), "no draft in the agenda");
        assertFalse(Api.get("/agenda.ics").expect(200).text().contains(title), "nor in its feed");
        assertFalse(Api.get("/api/events").expect(200).text().contains(title));
        assertTrue(Api.get("/api/events", author).expect(200).text().contains(title), "its author sees it");
        Api.get("/api/events/" + id, Api.createAccount("autre-" + Token.next(), "contributor")).expect(404);

        Api.post("/api/events/" + id + "/submit", author, Json.createObjectBuilder().build()).expect(200);
        Api.get("/agenda/" + id).expect(404);
        Api.post("/api/resources/" + id + "/publish", ADMIN, Json.createObjectBuilder().build()).expect(200);

        JsonObject shown = Api.get("/api/events/" + id).expect(200).json();
        assertEquals("published", shown.getString("status"));
        assertFalse(shown.containsKey("joinUrl") && !shown.isNull("joinUrl"),
                "the joining link is for confirmed registrants");
        assertEquals(joinUrl, Api.get("/api/events/" + id, author).expect(200).json().getString("joinUrl"));
        String page = Api.get("/agenda/" + id).expect(200).text();
        assertTrue(page.contains(title) && page.contains("heure de Paris") && page.contains("Maison du Parc"), page);
        assertFalse(page.contains(joinUrl), "not on the page");
        assertFalse(Api.get("/agenda/" + id + ".ics").expect(200).text().contains(joinUrl), "nor in its calendar");
        assertFalse(Api.get("/agenda.ics").expect(200).text().contains(joinUrl), "nor in the feed");
        assertTrue(Api.get("/agenda.ics").expect(200).text().contains(title));
        assertTrue(Api.get("/agenda?kind=network-meeting&territory=bretagne&month=" + YEAR + "-05").expect(200).text()
                .contains(title), "the filters keep it");
        assertFalse(Api.get("/agenda?format=remote").expect(200).text().contains(title));
        assertFalse(Api.get("/agenda?month=" + YEAR + "-06").expect(200).text().contains(title));
        Api.get("/agenda?month=n%27importe&kind=%3Cb%3E").expect(200);
        assertEquals(List.of(id), Api.hitIds(Api.searchSettled(1, "q", word, "eventKind", "network-meeting")));
    }

    @Test
    void theFieldsAreCheckedEachBesideItsName() {
        Caller author = Api.createAccount("animateur-" + Token.next(), "contributor");
        JsonObject refused = Api.post("/api/events", author, event("Mal daté", "bretagne", "in-person",
                YEAR + "-05-12T17:00", YEAR + "-05-12T09:00", 10).add("organiser", 999_999_999L)
                .add("timeZone", "Europe/Berlin").build()).expectError(400);
        // Each fault named with its field in the error's details (« timeZone : … »).
        assertTrue(refused.toString().contains("timeZone : ") && refused.toString().contains("organiser : "),
                refused.toString());
        JsonObject order = Api.post("/api/events", author, event("Mal daté", "bretagne", "in-person",
                YEAR + "-05-12T17:00", YEAR + "-05-12T09:00", 10).build()).expectError(400);
        assertTrue(order.toString().contains("endsAt : "), order.toString());
        Api.post("/api/events", author, event("Sorte", "bretagne", "dehors", YEAR + "-05-12T09:00",
                YEAR + "-05-12T17:00", 10).build()).expectError(400);
        Api.post("/api/events", ANONYMOUS, event("Anonyme", "bretagne", "remote", YEAR + "-05-12T09:00",
                YEAR + "-05-12T17:00", 10).build()).expect(401);
    }

    @Test
    void placesGoInOrderThenTheWaitingListTakesOverACancelledPlace() throws Exception {
        Caller author = Api.createAccount("animatrice-" + Token.next(), "contributor");
        long id = published(author, event("Journée technique " + Token.next(), "bretagne", "hybrid",
                YEAR + "-10-07T09:00", YEAR + "-10-07T17:00", 2));
        String joinUrl = Api.get("/api/events/" + id, author).expect(200).json().getString("joinUrl");
        String first = address("premiere");
        String second = address("deuxieme");
        String third = address("troisieme");
        assertEquals("confirmed", register(id, first).getString("status"));
        assertEquals("confirmed", register(id, second).getString("status"));
        JsonObject waiting = register(id, third);
        assertEquals("waiting", waiting.getString("status"));
        assertEquals(1, waiting.getInt("position"));
        assertEquals(0, Api.get("/api/events/" + id).expect(200).json().getInt("placesLeft"));
        assertTrue(Api.get("/agenda/" + id).expect(200).text().contains("Complet"));

        VEvent invitation = onlyEvent(Mailbox.calendars(MAIL, first, 1).get(0));
        assertEquals("Europe/Paris", invitation.getDateTimeStart().orElseThrow().getRequiredParameter("TZID").getValue());
        assertTrue(invitation.getLocation().orElseThrow().getValue().contains(joinUrl),
                "a confirmed registrant's invitation carries the joining link");
        assertTrue(onlyEvent(Mailbox.calendars(MAIL, third, 1).get(0)).getProperty(Property.LOCATION)
                .map(l -> !l.getValue().contains(joinUrl)).orElse(true), "not the waiting list's");

        String token = Registrations.tokenOf(Mailbox.link(MAIL, first, CANCEL_PAGE));
        Api.post("/api/registrations/cancel", ANONYMOUS, Json.createObjectBuilder().add("token", token).build())
                .expect(200);
        assertTrue(Mailbox.subjects(MAIL, third, 3).stream().anyMatch(s -> s.startsWith("Une place s'est libérée")),
                "the first waiting gets the place");
        assertEquals(0, Api.get("/api/events/" + id).expect(200).json().getInt("placesLeft"));
    }

    @Test
    void aMeetingInLaReunionIsAtNineReunionTimeInItsPagesAndCalendars() throws Exception {
        Caller author = Api.createAccount("animatrice-" + Token.next(), "contributor");
        String title = "Rencontre à La Réunion " + Token.next();
        JsonObjectBuilder input = event(title, "la-reunion", "in-person", YEAR + "-03-04T09:00", YEAR + "-03-04T16:00",
                40);
        long id = published(author, input);
        JsonObject shown = Api.get("/api/events/" + id).expect(200).json();
        assertEquals("Indian/Reunion", shown.getString("timeZone"), "the territory's zone by default");
        assertEquals(YEAR + "-03-04T05:00:00Z", shown.getString("startsAt"));
        String page = Api.get("/agenda/" + id).expect(200).text();
        assertTrue(page.contains("9 h 00 – 16 h 00, heure de La Réunion"), page);
        assertTrue(page.contains("data-zone=\"Indian/Reunion\""), "the script adds the visitor's own time");

        VEvent entry = onlyEvent(Api.get("/agenda/" + id + ".ics").expect(200).text());
        assertEquals(YEAR + "0304T050000Z", entry.getDateTimeStart().orElseThrow().getValue(), "09:00 at UTC+4");
        assertEquals(Instant.parse(YEAR + "-03-04T05:00:00Z"),
                ZonedDateTime.from(entry.getDateTimeStart().orElseThrow().getDate()).toInstant());
        assertEquals(Instant.parse(YEAR + "-03-04T12:00:00Z"),
                ZonedDateTime.from(entry.getDateTimeEnd().orElseThrow().getDate()).toInstant());
        assertTrue(Api.get("/agenda.ics").expect(200).text().contains(YEAR + "0304T050000Z"));

        String email = address("reunion");
        assertEquals("confirmed", register(id, email).getString("status"));
        VEvent invitation = onlyEvent(Mailbox.calendars(MAIL, email, 1).get(0));
        assertEquals(YEAR + "0304T050000Z", invitation.getDateTimeStart().orElseThrow().getValue());
        assertTrue(invitation.getLocation().orElseThrow().getValue().contains("Maison du Parc"));
        assertTrue(Mailbox.subjects(MAIL, email, 2).stream().anyMatch(s -> s.startsWith("Inscription confirmée")));
    }

    @Test
    void aPastMeetingIsRelivedWithItsRecapAndTakesNoMoreRegistrations() {
        Caller author = Api.createAccount("animateur-" + Token.next(), "contributor");
        String title = "Réunion semestrielle " + Token.next();
        int lastYear = LocalDate.now().getYear() - 1;
        String recapWord = Token.next();
        long id = published(author, event(title, "bretagne", "in-person", lastYear + "-11-20T09:00",
                lastYear + "-11-20T17:00", 50).add("recap", "Nous avons parlé du " + recapWord + ".")
                .add("replayUrl", "https://video.example/reunion"));
        assertTrue(Api.get("/agenda?periode=passes").expect(200).text().contains(title));
        assertFalse(Api.get("/agenda").expect(200).text().contains(title), "not among those to come");
        String relive = Api.get("/agenda/" + id + "/revivre").expect(200).text();
        assertTrue(relive.contains("Revivre ce rendez-vous") && relive.contains(recapWord)
                && relive.contains("https://video.example/reunion"), relive);
        assertTrue(Api.get("/agenda/" + id).expect(200).text().contains("/agenda/" + id + "/revivre"));
        Api.post("/api/events/" + id + "/registrations", ANONYMOUS, person(address("tard"))).expectError(409);
        assertEquals(List.of(id), Api.hitIds(Api.searchSettled(1, "q", recapWord)), "its recap is searchable");
        assertTrue(Api.get("/api/events?when=past", ANONYMOUS).expect(200).text().contains(title));
        JsonValue none = Api.get("/api/events?when=past&kind=seminar").expect(200).jsonArray().stream()
                .filter(v -> v.asJsonObject().getString("title").equals(title)).findFirst().orElse(null);
        assertNull(none);
    }

    /** A network {@code animator} animates; its slug. */
    static String network(String animator) {
        String slug = "reseau-" + Token.next().toLowerCase(Locale.ROOT);
        Api.post("/api/networks", ADMIN, Json.createObjectBuilder().add("slug", slug).add("name", "Réseau " + slug)
                .add("animators", Json.createArrayBuilder().add(animator)).build()).expect(201);
        return slug;
    }

    @Test
    void onlyANetworksAnimatorsPutAnEventInItAndItsPageListsTheNextOnes() {
        String animatorName = "animatrice-" + Token.next();
        Caller animator = Api.createAccount(animatorName, "contributor");
        Caller other = Api.createAccount("autre-" + Token.next(), "contributor");
        String slug = network(animatorName);
        String otherSlug = network("admin");
        String word = Token.next();

        JsonObject refused = Api.post("/api/events", other, event("Hors réseau " + word, "bretagne", "in-person",
                YEAR + "-06-02T09:00", YEAR + "-06-02T17:00", 10).add("network", slug).build()).expectError(400);
        assertTrue(refused.toString().contains("network : ") && refused.toString().contains("animateurs"),
                refused.toString());
        JsonObject unknown = Api.post("/api/events", animator, event("Réseau inconnu", "bretagne", "in-person",
                YEAR + "-06-02T09:00", YEAR + "-06-02T17:00", 10).add("network", "inconnu-" + slug).build())
                .expectError(400);
        assertTrue(unknown.toString().contains("n'existe pas"), unknown.toString());
        Api.post("/api/events", animator, event("Réseau invalide", "bretagne", "in-person", YEAR + "-06-02T09:00",
                YEAR + "-06-02T17:00", 10).add("network", "<b>").build()).expectError(400);

        String title = "Rencontre du réseau " + word;
        JsonObject created = Api.post("/api/events", animator, event(title, "la-reunion", "in-person",
                YEAR + "-06-02T09:00", YEAR + "-06-02T17:00", 10).add("network", slug).build()).expect(201).json();
        long id = created.getJsonNumber("id").longValue();
        assertEquals(slug, created.getString("network"));
        assertEquals("Réseau " + slug, created.getString("networkName"));
        String networkPage = Api.get("/reseaux/" + slug).expect(200).text();
        assertFalse(networkPage.contains(title), "a draft is not on the network's page");
        Api.put("/api/events/" + id, animator, event(title, "la-reunion", "in-person", YEAR + "-06-02T09:00",
                YEAR + "-06-02T17:00", 10).add("network", otherSlug).build()).expectError(400);

        Api.post("/api/events/" + id + "/submit", animator, Json.createObjectBuilder().build()).expect(200);
        Api.post("/api/resources/" + id + "/publish", ADMIN, Json.createObjectBuilder().build()).expect(200);
        networkPage = Api.get("/reseaux/" + slug).expect(200).text();
        assertTrue(networkPage.contains("Agenda du réseau") && networkPage.contains("href=\"/agenda/" + id + "\"")
                && networkPage.contains("9 h 00 – 17 h 00, heure de La Réunion"), networkPage);
        assertFalse(Api.get("/reseaux/" + otherSlug).expect(200).text().contains(title));

        assertTrue(Api.get("/agenda?reseau=" + slug).expect(200).text().contains(title), "the agenda's filter");
        assertFalse(Api.get("/agenda?reseau=" + otherSlug).expect(200).text().contains(title));
        Api.get("/agenda?reseau=%3Cb%3E").expect(200);
        assertEquals(List.of(id), Api.get("/api/events?network=" + slug).expect(200).jsonArray().stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList());
        String page = Api.get("/agenda/" + id).expect(200).text();
        assertTrue(page.contains("href=\"/reseaux/" + slug + "\"") && page.contains("Réseau " + slug), page);

        // A moderator who changes it keeps its network.
        JsonObject kept = Api.put("/api/events/" + id, ADMIN, event(title, "la-reunion", "in-person",
                YEAR + "-06-02T09:00", YEAR + "-06-02T17:00", 12).add("network", slug).build()).expect(200).json();
        assertEquals(slug, kept.getString("network"));
    }

    /**
     * An event reserved to its network's members, as news may be: refused without a network, on its field; published
     * at once by its network's animator from the form; seen (agenda, page, calendar, the network's page, marked
     * « Réservé aux membres ») and registered to by the network's members and animators only, never in the public
     * calendar.
     */
    @Test
    void aMembersOnlyEventIsItsNetworksAlone() {
        String animatorName = "animateur-reserve-" + Token.next();
        Caller animator = Api.createAccount(animatorName, "contributor");
        String slug = network(animatorName);
        String memberName = "membre-reserve-" + Token.next();
        Caller member = Api.createAccount(memberName, "contributor");
        new ListFixture(slug, null).enrol(memberName, "ACCEPTED", false);
        Caller outsider = Api.createAccount("dehors-" + Token.next(), "contributor");

        JsonObject refused = Api.post("/api/events", animator, event("Sans réseau", "bretagne", "in-person",
                YEAR + "-05-12T09:00", YEAR + "-05-12T12:00", 10).add("membersOnly", true).build()).expectError(400);
        assertTrue(refused.toString().contains("membersOnly") && refused.toString().contains("réservé à ses membres"),
                refused.toString());

        String title = "Rencontre entre membres " + Token.next();
        WebSession session = new WebSession();
        session.login(animatorName, Api.passwordOf(animatorName));
        Map<String, String> fields = new HashMap<>(Map.of("title", title, "summary", "Entre membres du réseau.",
                "kind", "network-meeting", "format", "in-person", "startDate", YEAR + "-05-12", "startTime", "09:00",
                "endDate", YEAR + "-05-12", "endTime", "12:00", "placeName", "Salle du réseau"));
        fields.putAll(Map.of("capacity", "10", "territory", "bretagne", "theme", "biodiversity", "membersOnly", "oui",
                "submit", "1"));
        String form = session.submit(AGENDA_FORM, AGENDA_FORM, fields).expect(400).text();
        assertTrue(form.contains("id=\"membersOnly-error\"")
                && form.matches("(?s).*name=\"membersOnly\" value=\"oui\" checked.*"), form);
        // Saved as a draft, then sent from its page: published at once, nothing waits for the moderators.
        fields.put("network", slug);
        fields.remove("submit");
        String location = session.submit(AGENDA_FORM, AGENDA_FORM, fields).expect(302).header("Location")
                .orElseThrow();
        long id = Long.parseLong(location.replaceAll(".*/agenda/(\\d+)\\?.*", "$1"));
        assertTrue(session.get("/agenda/" + id + "/modifier").expect(200).text()
                .matches("(?s).*name=\"membersOnly\" value=\"oui\" checked.*"), "the form keeps it ticked");
        String sent = session.submit("/agenda/" + id, "/agenda/" + id + "/soumettre", Map.of()).expect(302)
                .header("Location").orElseThrow();
        assertTrue(sent.endsWith("/agenda/" + id), "published at once: " + sent);
        JsonObject shown = Api.get("/api/events/" + id, member).expect(200).json();
        assertEquals("published", shown.getString("status"));
        assertTrue(shown.getBoolean("membersOnly"));

        for (Caller stranger : List.of(ANONYMOUS, outsider)) {
            Api.get("/api/events/" + id, stranger).expect(404);
            Api.get("/agenda/" + id, stranger).expect(404);
            Api.get("/agenda/" + id + ".ics", stranger).expect(404);
            Api.get("/api/events/" + id + "/ics", stranger).expect(404);
            Api.post("/api/events/" + id + "/registrations", stranger, person(address("dehors"))).expect(404);
            assertFalse(Api.get("/agenda", stranger).expect(200).text().contains(title), "the agenda");
            assertFalse(Api.get("/api/events?network=" + slug, stranger).expect(200).text().contains(title));
            assertFalse(Api.get("/reseaux/" + slug, stranger).expect(200).text().contains(title), "network page");
        }
        assertFalse(Api.get("/agenda.ics").expect(200).text().contains(title), "the public calendar");
        for (Caller insider : List.of(member, animator)) {
            String agenda = Api.get("/agenda?reseau=" + slug, insider).expect(200).text();
            assertTrue(agenda.contains(title) && agenda.contains("Réservé aux membres"), agenda);
            String networkPage = Api.get("/reseaux/" + slug, insider).expect(200).text();
            assertTrue(networkPage.contains(title) && networkPage.contains("Réservé aux membres"), networkPage);
            assertTrue(Api.get("/agenda/" + id, insider).expect(200).text().contains("Réservé aux membres"));
            assertTrue(Api.get("/agenda/" + id + ".ics", insider).expect(200).text().contains(title));
        }
        Api.post("/api/events/" + id + "/registrations", member, person(address("membre"))).expect(202);
    }

    @Test
    void theFormSavesADraftThenChangesItAndOnlyItsAuthorMayOpenIt() {
        String name = "proposante-" + Token.next();
        Caller author = Api.createAccount(name, "contributor");
        String title = "Séminaire proposé " + Token.next();
        Map<String, String> fields = new HashMap<>(Map.of("title", title, "summary", "Suivre les haies.",
                "kind", "seminar", "format", "remote", "startDate", YEAR + "-09-15", "startTime", "14:00",
                "endDate", YEAR + "-09-15", "endTime", "16:00", "joinUrl", "https://visio.example/seminaire"));
        fields.put("capacity", "50");
        fields.put("territory", "bretagne");
        fields.put("theme", "biodiversity");
        WebSession session = new WebSession();
        session.login(name, Api.passwordOf(name));

        String location = session.submit(AGENDA_FORM, AGENDA_FORM, fields).expect(302).header("Location")
                .orElseThrow();
        assertTrue(location.endsWith("?enregistre=1"), location);
        long id = Long.parseLong(location.replaceAll(".*/agenda/(\\d+)\\?.*", "$1"));
        String page = session.get("/agenda/" + id + "?enregistre=1").expect(200).text();
        assertTrue(page.contains("enregistré comme brouillon") && page.contains("/agenda/" + id + "/modifier"), page);
        JsonObject draft = Api.get("/api/events/" + id, author).expect(200).json();
        assertEquals("draft", draft.getString("status"));
        assertEquals(YEAR + "-09-15T12:00:00Z", draft.getString("startsAt"), "14:00 in Paris, summer time");

        String edit = "/agenda/" + id + "/modifier";
        String form = session.get(edit).expect(200).text();
        assertTrue(form.contains("value=\"14:00\"") && form.contains(title), form);
        fields.put("capacity", "beaucoup");
        String refused = session.submit(edit, edit, fields).expect(400).text();
        assertTrue(refused.contains("id=\"capacity-error\"") && refused.contains("beaucoup"), refused);
        fields.put("capacity", "60");
        assertTrue(session.submit(edit, edit, fields).expect(302).header("Location").orElseThrow()
                .endsWith("/agenda/" + id + "?enregistre=1"));
        assertEquals(60, Api.get("/api/events/" + id, author).expect(200).json().getInt("capacity"));

        // « Soumettre à la modération » on the draft's page, as a news draft has.
        String draftPage = session.get("/agenda/" + id).expect(200).text();
        assertTrue(draftPage.contains("action=\"/agenda/" + id + "/soumettre\"")
                && draftPage.contains("Soumettre à la modération"), draftPage);
        String sent = session.submit("/agenda/" + id, "/agenda/" + id + "/soumettre", Map.of()).expect(302)
                .header("Location").orElseThrow();
        assertTrue(sent.endsWith("/agenda/" + id + "?soumis=1"), sent);
        assertEquals("submitted", Api.get("/api/events/" + id, author).expect(200).json().getString("status"));
        assertTrue(session.get(sent.substring(sent.indexOf("/agenda/"))).expect(200).text()
                .contains("envoyé à la modération"));
        assertFalse(session.get("/agenda/" + id).expect(200).text().contains("/soumettre\""), "nothing more to send");

        String otherName = "autre-" + Token.next();
        Api.createAccount(otherName, "contributor");
        WebSession other = new WebSession();
        other.login(otherName, Api.passwordOf(otherName));
        int status = other.get(edit).status();
        assertTrue(status == 403 || status == 404, "not another's to change: " + status);
        new WebSession().get(AGENDA_FORM).expect(302);
    }
}
