package fr.bocage.it.training.course;

import static fr.bocage.it.Api.Caller.ANONYMOUS;
import static fr.bocage.it.Api.facet;
import static fr.bocage.it.Api.hitIds;
import static fr.bocage.it.Api.searchSettled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Token;
import fr.bocage.it.WebSession;
import fr.bocage.event.calendar.StrictCalendar;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * Courses over HTTP: trainers publish them, the catalogue finds and facets them, their sessions go to a calendar;
 * only their trainer, the moderators and the administrators change them.
 */
public class CourseIT {
    private static final String NEXT_YEAR = Integer.toString(LocalDate.now().getYear() + 1);

    /** An in-person course at the intermediate level, with one session next year in Rennes. */
    public static JsonObjectBuilder course(String title, String objectives) {
        return Json.createObjectBuilder()
                .add("metadata", Json.createObjectBuilder().add("title", title)
                        .add("summary", "Deux jours pour restaurer les mares.")
                        .add("organisation", "Conservatoire de démonstration")
                        .add("themes", Json.createArrayBuilder().add("biodiversity"))
                        .add("audiences", Json.createArrayBuilder().add("local-authority-staff")))
                .add("objectives", objectives)
                .add("level", "intermediate")
                .add("format", "in-person")
                .add("duration", "2 jours")
                .add("price", 350)
                .add("sessions", Json.createArrayBuilder().add(session(NEXT_YEAR + "-06-02T09:00",
                        NEXT_YEAR + "-06-03T17:00", "Rennes")));
    }

    static JsonObjectBuilder session(String start, String end, String place) {
        return Json.createObjectBuilder().add("startsAt", start).add("endsAt", end).add("place", place)
                .add("capacity", 20);
    }

    public static Caller trainer() {
        return Api.createAccount("formatrice-" + Token.next(), "trainer");
    }

    /** A trainer logged in on the portal, as {@code username}. */
    static WebSession trainerPages(String username) {
        Api.createAccount(username, "trainer");
        WebSession pages = new WebSession();
        pages.login(username, Api.passwordOf(username)).expect(303);
        return pages;
    }

    public static long publish(Caller trainer, JsonObjectBuilder course) {
        return Api.post("/api/courses", trainer, course.build()).expect(201).locationId();
    }

    @Test
    void aTrainersCourseIsPublishedAtOnceFoundByItsObjectivesAndFacetedByLevelAndModality() {
        String word = Token.next();
        String title = "Restaurer les mares " + Token.next();
        JsonObject created = Api.post("/api/courses", trainer(),
                course(title, "Diagnostiquer une mare et planifier son " + word + ".").build()).expect(201).json();
        long id = created.getJsonNumber("id").longValue();
        assertEquals("published", created.getString("status"));
        assertEquals("intermediate", created.getString("level"));
        assertFalse(created.getBoolean("free"));

        JsonObject seen = Api.get("/api/courses/" + id).expect(200).json();
        assertEquals("Conservatoire de démonstration", seen.getString("provider"));
        assertEquals(Instant.parse(NEXT_YEAR + "-06-02T07:00:00Z"),
                Instant.parse(seen.getJsonArray("sessions").getJsonObject(0).getString("startsAt")), "Paris time");
        assertFalse(seen.containsKey("trainer"), "the trainer's account is for who runs it");
        assertTrue(Api.get("/api/courses").expect(200).text().contains("\"id\":" + id));

        JsonObject found = searchSettled(1, "q", word);
        assertEquals(List.of(id), hitIds(found), "a word of the objectives only");
        assertEquals(Map.of("course", 1L), facet(found, "type"));
        assertEquals(Map.of("intermediate", 1L), facet(found, "level"));
        assertEquals(Map.of("in-person", 1L), facet(found, "modality"));
        assertEquals("Approfondissement", found.getJsonObject("facets").getJsonArray("level").getJsonObject(0)
                .getString("label"));
        assertEquals(List.of(id), hitIds(Api.search("q", word, "type", "course", "level", "intermediate")
                .expect(200).json()));
        assertEquals(List.of(id), hitIds(Api.search("q", word, "level", "Approfondissement", "modality",
                "Présentiel").expect(200).json()), "labels are understood");
        assertEquals(List.of(), hitIds(Api.search("q", word, "type", "course", "level", "expert").expect(200).json()));
        Api.search("q", word, "level", "avancé").expectError(400);

        String catalogue = Api.get("/formations?q=" + word).expect(200).text();
        assertTrue(catalogue.contains(title) && catalogue.contains("href=\"/formations/" + id + "\""), catalogue);
        assertTrue(catalogue.matches("(?s).*<legend>Niveau</legend>.*Approfondissement <span class=\"count\">\\(1\\)"
                + ".*"), "the level facet and its count");
        assertTrue(catalogue.contains("<legend>Modalité</legend>") && catalogue.contains("350,00"), catalogue);
        assertTrue(Api.get("/formations?q=" + word + "&level=expert").expect(200).text().contains("Aucune formation"));
        String search = Api.get("/recherche?q=" + word).expect(200).text();
        assertTrue(search.contains(title), search);
        assertFalse(search.contains("<legend>Niveau</legend>") || search.contains("<legend>Modalité</legend>"),
                "a course's level and modality are the catalogue's facets, not the search's (issue 20)");

        String page = Api.get("/formations/" + id).expect(200).text();
        assertTrue(page.contains(title) && page.contains("Diagnostiquer une mare") && page.contains("Rennes")
                && page.contains("/api/courses/" + id + "/sessions/1/ics") && page.contains("Ajouter à mon agenda"),
                page);
        assertFalse(page.contains("/modifier"), "no edit link for visitors");
        assertTrue(page.contains("S'inscrire à une session") && page.contains("href=\"#inscription\""),
                "an in-person course with a session to come is signed up to on its page (issue 20)");
        long withPage = publish(trainer(), course("Mares, inscription en ligne", "Diagnostiquer.")
                .add("platformUrl", "https://organisme.example.fr/inscription"));
        String signUp = Api.get("/formations/" + withPage).expect(200).text();
        assertTrue(signUp.contains("href=\"https://organisme.example.fr/inscription\"")
                && signUp.contains("S'inscrire auprès de l'organisme de formation"), signUp);
        assertTrue(Api.get("/openapi").expect(200).text().contains("/api/courses/{id}/sessions/{sid}/ics"));
    }

    @Test
    void onlyItsTrainerModeratorsAndAdministratorsChangeACourseAndOthersSeeItOnlyPublished() {
        JsonObject body = course("Haies " + Token.next(), "Objectifs.").build();
        Api.post("/api/courses", ANONYMOUS, body).expect(401);
        Api.post("/api/courses", Api.createAccount("contributeur-" + Token.next(), "contributor"), body).expect(403);

        String ownerName = "formateur-" + Token.next();
        WebSession ownerPages = trainerPages(ownerName);
        Caller owner = Caller.account(ownerName, Api.passwordOf(ownerName));
        long id = publish(owner, course("Haies bocagères", "Objectifs."));
        JsonObject changed = course("Haies bocagères (nouvelle édition)", "Objectifs.").add("level", "expert").build();
        Api.put("/api/courses/" + id, ANONYMOUS, changed).expect(401);
        Api.put("/api/courses/" + id, trainer(), changed).expectError(403);
        JsonObject updated = Api.put("/api/courses/" + id, owner, changed).expect(200).json();
        assertEquals("expert", updated.getString("level"));
        assertEquals("expert", Api.get("/api/courses/" + id).expect(200).json().getString("level"), "stored");
        Caller moderator = Api.createAccount("moderateur-" + Token.next(), "moderator");
        Api.put("/api/courses/" + id, moderator, changed).expect(200);
        Api.put("/api/courses/" + id, Caller.ADMIN, changed).expect(200);
        Api.put("/api/courses/999999999", Caller.ADMIN, changed).expectError(404);

        assertTrue(ownerPages.get("/formations/" + id).expect(200).text().contains("/formations/" + id + "/modifier"));
        ownerPages.get("/formations/" + id + "/modifier").expect(200);
        trainerPages("autre-formateur-" + Token.next()).get("/formations/" + id + "/modifier").expect(403);
        assertTrue(new WebSession().get("/formations/" + id + "/modifier").expect(302).header("Location")
                .orElseThrow().contains("/connexion?retour="));

        Api.post("/api/resources/" + id + "/withdraw", moderator, Json.createObjectBuilder().build()).expect(200);
        Api.get("/api/courses/" + id).expectError(410);
        Api.get("/formations/" + id).expect(410);
        Api.get("/api/courses/" + id, owner).expect(200);
        assertFalse(Api.get("/api/courses").expect(200).text().contains("\"id\":" + id + ","));
        assertTrue(Api.get("/api/courses", owner).expect(200).text().contains("\"id\":" + id + ","));
        Api.get("/api/courses/" + id + "/sessions/1/ics").expect(410);

        Api.delete("/api/resources/" + id).expect(204);
        Api.get("/api/courses/" + id, Caller.ADMIN).expectError(404);
        Api.get("/formations/" + id).expect(404);
    }

    @Test
    void aCourseIsCheckedBeforeItIsKept() {
        Caller trainer = trainer();
        String start = NEXT_YEAR + "-05-01T09:00";
        String end = NEXT_YEAR + "-05-01T17:00";
        JsonArrayBuilder tooMany = Json.createArrayBuilder();
        for (int i = 0; i < 51; i++) {
            tooMany.add(session(start, end, "Lyon"));
        }
        Map<String, JsonObject> refused = new LinkedHashMap<>();
        refused.put("no level", course("T", "O").remove("level").build());
        refused.put("unknown format", course("T", "O").add("format", "webinar").build());
        refused.put("negative price", course("T", "O").add("price", -1).build());
        refused.put("price in tenths of cents", course("T", "O").add("price", 10.001).build());
        refused.put("platform not on the web", course("T", "O").add("platformUrl", "javascript:alert(1)").build());
        refused.put("51 sessions", course("T", "O").add("sessions", tooMany).build());
        refused.put("end before start", course("T", "O").add("sessions", Json.createArrayBuilder()
                .add(session(end, start, "Lyon"))).build());
        refused.put("no place left", course("T", "O").add("sessions", Json.createArrayBuilder()
                .add(session(start, end, "Lyon").add("capacity", 0))).build());
        refused.put("not a date", course("T", "O").add("sessions", Json.createArrayBuilder()
                .add(session("demain", end, "Lyon"))).build());
        refused.put("sessions of an e-learning", course("T", "O").add("format", "self-paced").build());
        refused.put("no title", course("T", "O").add("metadata", Json.createObjectBuilder()
                .add("summary", "S")).build());
        refused.put("another type", course("T", "O").add("metadata", Json.createObjectBuilder()
                .add("title", "T").add("type", "guide")).build());
        refused.forEach((why, body) -> assertFalse(
                Api.post("/api/courses", trainer, body).expectError(400).getString("message").isBlank(), why));
        assertTrue(Api.post("/api/courses", trainer, refused.get("end before start")).json().getString("message")
                .contains("doit finir après son début"));

        JsonObject free = Api.post("/api/courses", trainer, course("Gratuit", "O").add("price", 0)
                .add("format", "self-paced").add("sessions", Json.createArrayBuilder())
                .add("platformUrl", "https://elearning.example.fr/mares").build()).expect(201).json();
        assertTrue(free.getBoolean("free") && !free.containsKey("price"));
    }

    @Test
    void aSessionsCalendarEntryIsParisTimeAcrossDaylightSaving() throws Exception {
        long id = publish(trainer(), course("Mares " + Token.next(), "O").add("sessions", Json.createArrayBuilder()
                .add(session("2027-11-01T10:00", "2027-11-01T12:00", "Brest"))
                .add(session("2027-03-29T10:00", "2027-03-29T12:00", "Quimper"))));

        VEvent spring = onlyEvent(Api.get("/api/courses/" + id + "/sessions/1/ics").expect(200));
        assertEquals(Instant.parse("2027-03-29T08:00:00Z"), start(spring), "summer time: UTC+2; soonest first");
        assertEquals("Quimper", spring.getLocation().orElseThrow().getValue());
        VEvent autumn = onlyEvent(Api.get("/api/courses/" + id + "/sessions/2/ics").expect(200));
        assertEquals(Instant.parse("2027-11-01T09:00:00Z"), start(autumn), "winter time: UTC+1");
        assertEquals("Europe/Paris", autumn.getDateTimeStart().orElseThrow().getRequiredParameter("TZID").getValue());
        assertTrue(autumn.getUrl().orElseThrow().getValue().endsWith("/formations/" + id));
        Api.get("/api/courses/" + id + "/sessions/3/ics").expectError(404);
    }

    /** Issue 20: an overseas session is entered, shown and put in calendars in its place's time. */
    @Test
    void aSessionInGuyaneIsShownInGuyaneTimeAndItsCalendarEntryIsTheRightInstant() throws Exception {
        long id = publish(trainer(), course("Sols tropicaux " + Token.next(), "O").add("sessions",
                Json.createArrayBuilder().add(session("2027-06-02T08:30", "2027-06-02T16:30", "Saint-Laurent-du-Maroni")
                        .add("timeZone", "America/Cayenne"))));

        JsonObject seen = Api.get("/api/courses/" + id).expect(200).json().getJsonArray("sessions").getJsonObject(0);
        assertEquals("America/Cayenne", seen.getString("timeZone"));
        assertEquals(Instant.parse("2027-06-02T11:30:00Z"), Instant.parse(seen.getString("startsAt")));
        String page = Api.get("/formations/" + id).expect(200).text();
        assertTrue(page.contains("mercredi 2 juin 2027, 8 h 30 – 16 h 30, heure de Guyane"), page);
        assertTrue(page.contains("data-zone=\"America/Cayenne\""), "the visitor's own time is told against it");

        VEvent event = onlyEvent(Api.get("/api/courses/" + id + "/sessions/1/ics").expect(200));
        assertEquals(Instant.parse("2027-06-02T11:30:00Z"), start(event));
        assertEquals("20270602T113000Z", event.getDateTimeStart().orElseThrow().getValue(), "in UTC");

        // Without a zone, a course of Guyane's territory is in Guyane time; an unknown zone is refused.
        String mangroves = "Mangroves " + Token.next();
        JsonObject described = Json.createObjectBuilder(course(mangroves, "O").build().getJsonObject("metadata"))
                .add("territory", "guyane").build();
        JsonObject byTerritory = Api.post("/api/courses", trainer(), course(mangroves, "O").add("metadata", described)
                .add("sessions", Json.createArrayBuilder().add(session("2027-06-02T08:30", "2027-06-02T16:30",
                        "Cayenne"))).build()).expect(201).json().getJsonArray("sessions").getJsonObject(0);
        assertEquals("America/Cayenne", byTerritory.getString("timeZone"));
        assertEquals(Instant.parse("2027-06-02T11:30:00Z"), Instant.parse(byTerritory.getString("startsAt")));
        Api.post("/api/courses", trainer(), course("T", "O").add("sessions", Json.createArrayBuilder()
                .add(session("2027-06-02T08:30", "2027-06-02T16:30", "Cayenne").add("timeZone", "Mars/Olympus")))
                .build()).expectError(400);
    }

    @Test
    void theTrainersFormKeepsWhatWasTypedWhenItIsRefused() {
        WebSession pages = trainerPages("formatrice-" + Token.next());
        String title = "Fauche tardive " + Token.next();
        Map<String, String> fields = new LinkedHashMap<>(Map.of("title", title, "summary", "Une journée.",
                "organisation", "CPIE de démonstration", "level", "introduction", "format", "in-person",
                "objectives", "Choisir les dates de fauche.", "price", "89,90", "session-start-0", "2027-06-01T09:00",
                "session-end-0", "2027-06-01T08:00", "session-place-0", "Laval"));
        fields.put("session-capacity-0", "15");
        fields.put("session-zone-0", "Indian/Reunion");
        String refused = pages.submit("/formations/nouvelle", "/formations/nouvelle", fields).expect(400).text();
        assertTrue(refused.contains("doit finir après son début") && refused.contains(title)
                && refused.contains("value=\"Laval\"") && refused.contains("89,90")
                && refused.contains("<option value=\"Indian/Reunion\" selected>"), refused);

        fields.put("session-end-0", "2027-06-01T17:00");
        String location = pages.submit("/formations/nouvelle", "/formations/nouvelle", fields).expect(302)
                .header("Location").orElseThrow();
        JsonObject saved = Api.get(location.replaceFirst("^.*/formations/", "/api/courses/")).expect(200).json();
        assertEquals(title, saved.getString("title"));
        assertEquals(0, saved.getJsonNumber("price").bigDecimalValue().compareTo(new BigDecimal("89.90")));
        assertEquals(Instant.parse("2027-06-01T05:00:00Z"),
                Instant.parse(saved.getJsonArray("sessions").getJsonObject(0).getString("startsAt")), "Réunion time");
        String form = pages.get(location.replaceFirst("^.*/formations/", "/formations/") + "/modifier").expect(200)
                .text();
        assertTrue(form.contains("value=\"2027-06-01T09:00\"") && form.contains("<option value=\"Indian/Reunion\""
                + " selected>"), "the form gives the session back in its zone");
    }

    private static VEvent onlyEvent(Api.Answer answer) throws Exception {
        Calendar calendar = StrictCalendar.parse(answer.text());
        calendar.validate();
        assertTrue(calendar.getComponents(Component.VTIMEZONE).size() <= 1, "Paris's VTIMEZONE at most");
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static Instant start(VEvent event) {
        return ZonedDateTime.from(event.getDateTimeStart().orElseThrow().getDate()).toInstant();
    }
}
