package fr.bocage.it.training.webinar;

import static fr.bocage.it.Api.Caller.ADMIN;
import static fr.bocage.it.Api.Caller.ANONYMOUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.bocage.it.Api;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Mailbox;
import fr.bocage.it.Token;
import fr.bocage.it.WebSession;
import fr.bocage.event.calendar.StrictCalendar;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Registering to a webinar, its waiting list, cancellations, and who may read the registrants' data. */
class WebinarRegistrationIT {
    private static final String CANCEL_PAGE = "/webinaires/annulation";

    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    private static String address(String who) {
        return who + "-" + Token.next() + "@exemple.fr";
    }

    private static JsonObject person(String email, boolean consent) {
        return Json.createObjectBuilder().add("name", "Camille Martin").add("email", email)
                .add("organisation", "Parc naturel régional").add("consent", consent).build();
    }

    /** A registration confirmed from its e-mail: the confirmation's answer. */
    private static JsonObject register(long webinar, String email) {
        return Registrations.register(MAIL, webinar, person(email, true));
    }

    private static Api.Answer request(long webinar, String email) {
        return Registrations.request(webinar, person(email, true));
    }

    /** The one event of a calendar, which must be valid iCalendar. */
    static VEvent onlyEvent(String ics) throws Exception {
        Calendar calendar = StrictCalendar.parse(ics);
        calendar.validate();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(1, events.size());
        return events.get(0);
    }

    /**
     * Issue 20: a course session is signed up to with the webinars' engine: per-field errors, a place only once the
     * e-mailed link is followed, the invitation in the session's zone, the waiting list, the registrants for its
     * trainer only, a cancellation's place to the first waiting, and a session removed is called off.
     */
    @Test
    void aCourseSessionIsSignedUpToWithTheWebinarsEngine() throws Exception {
        String trainerName = "formatrice-" + Token.next();
        Caller trainer = Api.createAccount(trainerName, "trainer");
        String year = Integer.toString(java.time.LocalDate.now().getYear() + 1);
        String title = "Sols de Guyane " + Token.next();
        jakarta.json.JsonObjectBuilder course = fr.bocage.it.training.course.CourseIT.course(title, "Objectifs.")
                .add("sessions", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("startsAt", year + "-06-02T08:30")
                                .add("endsAt", year + "-06-02T16:30").add("place", "Saint-Laurent-du-Maroni")
                                .add("capacity", 1).add("timeZone", "America/Cayenne"))
                        .add(Json.createObjectBuilder().add("startsAt", year + "-09-02T08:30")
                                .add("endsAt", year + "-09-02T16:30").add("place", "Cayenne").add("capacity", 5)
                                .add("timeZone", "America/Cayenne")));
        long id = fr.bocage.it.training.course.CourseIT.publish(trainer, course);
        String page = "/formations/" + id;
        String shown = Api.get(page).expect(200).text();
        assertTrue(shown.contains("S'inscrire à une session") && shown.contains("<option value=\"1\">")
                && shown.contains("<option value=\"2\">") && shown.contains("1 place restante"), shown);
        assertFalse(shown.contains("/webinaires/inscrits/"), "the registrants are not for visitors");

        WebSession visitor = new WebSession();
        String refused = visitor.submit(page, page, Map.of("name", "", "email", "pas-une-adresse")).expect(400).text();
        assertTrue(refused.contains("id=\"session-error\"") && refused.contains("id=\"name-error\"")
                && refused.contains("id=\"email-error\"") && refused.contains("id=\"consent-error\""), refused);
        String first = address("premiere");
        String location = visitor.submit(page, page, Map.of("session", "1", "name", "Camille Martin", "email", first,
                "consent", "oui")).expect(302).header("Location").orElseThrow();
        assertTrue(location.contains("inscription=demandee"), location);
        assertTrue(Api.get(page).expect(200).text().contains("1 place restante"), "no place before the link");
        JsonObject confirmed = Registrations.confirm(MAIL, first).expect(200).json();
        assertEquals("confirmed", confirmed.getString("status"));
        assertEquals(id, confirmed.getJsonNumber("webinar").longValue(), "the course registered to");
        VEvent invitation = onlyEvent(Mailbox.calendars(MAIL, first, 1).get(0));
        assertEquals(Instant.parse(year + "-06-02T11:30:00Z"),
                ZonedDateTime.from(invitation.getDateTimeStart().orElseThrow().getDate()).toInstant());
        assertEquals(year + "0602T113000Z", invitation.getDateTimeStart().orElseThrow().getValue());
        assertEquals("Saint-Laurent-du-Maroni", invitation.getLocation().orElseThrow().getValue());

        String second = address("deuxieme");
        visitor.submit(page, page, Map.of("session", "1", "name", "Erwan Le Gall", "email", second, "consent", "oui"))
                .expect(302);
        JsonObject waiting = Registrations.confirm(MAIL, second).expect(200).json();
        assertEquals("waiting", waiting.getString("status"));
        assertEquals(1, waiting.getInt("position"));
        visitor.submit(page, page, Map.of("session", "2", "name", "Camille Martin", "email", first, "consent", "oui"))
                .expect(302);
        // The second link e-mailed to this address (the outbox sends it soon, not at once).
        String secondLink = Mailbox.links(MAIL, first, Registrations.CONFIRM_PAGE, 2).get(1);
        assertEquals("confirmed", Registrations.confirmWith(Registrations.tokenOf(secondLink)).expect(200).json()
                .getString("status"), "another session is another event");
        assertTrue(Api.get(page).expect(200).text().contains("Complet : liste d'attente"));

        WebSession trainerPages = new WebSession();
        trainerPages.login(trainerName, Api.passwordOf(trainerName)).expect(303);
        assertTrue(trainerPages.get(page).expect(200).text().contains("/webinaires/inscrits/" + id + "?session=1"));
        assertTrue(trainerPages.get("/mon-espace").expect(200).text().contains("href=\"/formations/" + id
                + "#sessions\""), "« Mon espace » leads the trainer to the sessions and their registrants");
        String registrants = trainerPages.get("/webinaires/inscrits/" + id + "?session=1").expect(200).text();
        assertTrue(registrants.contains(first) && registrants.contains(second) && registrants.contains(title),
                registrants);
        assertTrue(Api.get("/api/webinars/" + id + "/registrations.csv?session=2", trainer).expect(200).text()
                .contains(first));
        Api.get("/api/webinars/" + id + "/registrations.csv?session=2", WebinarIT.trainer()).expect(403);
        trainerPages.get("/webinaires/inscrits/" + id + "?session=9").expect(404);
        WebSession other = new WebSession();
        String otherName = "autre-" + Token.next();
        Api.createAccount(otherName, "trainer");
        other.login(otherName, Api.passwordOf(otherName)).expect(303);
        other.get("/webinaires/inscrits/" + id + "?session=1").expect(403);

        String cancelToken = Registrations.tokenOf(Mailbox.links(MAIL, first, CANCEL_PAGE, 2).get(0));
        JsonObject cancelled = Api.post("/api/registrations/cancel", ANONYMOUS, Json.createObjectBuilder()
                .add("token", cancelToken).build()).expect(200).json();
        assertEquals(1, cancelled.getInt("session"));
        assertTrue(Mailbox.subjects(MAIL, second, 3).stream().anyMatch(t -> t.startsWith("Une place s'est libérée")),
                "the first waiting gets the place");

        // The first session removed (the second kept by its start): its registrant is told it is called off.
        Api.put("/api/courses/" + id, trainer, fr.bocage.it.training.course.CourseIT.course(title, "Objectifs.")
                .add("sessions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("startsAt", year + "-09-02T08:30").add("endsAt", year + "-09-02T16:30")
                        .add("place", "Cayenne").add("capacity", 5).add("timeZone", "America/Cayenne"))).build())
                .expect(200);
        assertTrue(Mailbox.subjects(MAIL, second, 4).stream().anyMatch(t -> t.startsWith("Session annulée")));
        assertTrue(Api.get("/api/webinars/" + id + "/registrations.csv?session=2", trainer).expect(200).text()
                .contains(first), "the kept session keeps its registrations");
        trainerPages.get("/webinaires/inscrits/" + id + "?session=1").expect(404);
    }

    @Test
    void placesGoInOrderThenTheWaitingListTakesOverACancelledPlace() throws Exception {
        Caller trainer = WebinarIT.trainer();
        Instant start = Instant.now().plus(12, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        long id = WebinarIT.schedule(trainer, WebinarIT.webinar("Prairies fleuries", "Gestion des prairies.", start, 2));
        String first = address("premiere");
        String second = address("deuxieme");
        String third = address("troisieme");
        String fourth = address("quatrieme");

        assertEquals("confirmed", register(id, first).getString("status"));
        assertEquals("confirmed", register(id, second).getString("status"));
        JsonObject waiting = register(id, third);
        assertEquals("waiting", waiting.getString("status"));
        assertEquals(1, waiting.getInt("position"));
        assertEquals(2, register(id, fourth).getInt("position"));
        assertEquals(request(id, address("nouvelle")).expect(202).json(), request(id, first.toUpperCase()).expect(202)
                .json(), "an address registered already is answered as any other");
        Api.post("/api/webinars/" + id + "/registrations", ANONYMOUS, person(address("sans-accord"), false))
                .expectError(400);
        assertTrue(request(id, "erwan.legall@lannion").expectError(400).toString()
                .contains("email : l'adresse e-mail n'est pas valide"),
                "an address without a top-level domain is refused, as on the account form");
        JsonObject seen = Api.get("/api/webinars/" + id).expect(200).json();
        assertEquals(2, seen.getInt("registered"));
        assertEquals(0, seen.getInt("placesLeft"));

        VEvent invitation = onlyEvent(Mailbox.calendars(MAIL, first, 1).get(0));
        assertEquals(start, ZonedDateTime.from(invitation.getDateTimeStart().orElseThrow().getDate()).toInstant());
        assertEquals("Europe/Paris", invitation.getDateTimeStart().orElseThrow().getRequiredParameter("TZID").getValue());
        assertEquals("Prairies fleuries", invitation.getSummary().orElseThrow().getValue());
        assertEquals("https://visio.example/salle-42", invitation.getLocation().orElseThrow().getValue());
        assertTrue(onlyEvent(Mailbox.calendars(MAIL, third, 1).get(0)).getProperty(Property.LOCATION).isEmpty(),
                "no joining link on the waiting list");

        String token = Registrations.tokenOf(Mailbox.link(MAIL, first, CANCEL_PAGE));
        JsonObject body = Json.createObjectBuilder().add("token", token).build();
        assertEquals(id, Api.post("/api/registrations/cancel", ANONYMOUS, body).expect(200).json()
                .getJsonNumber("webinar").longValue());
        Api.post("/api/registrations/cancel", ANONYMOUS, body).expectError(404);
        String cancelIcs = Mailbox.calendars(MAIL, first, 2).get(1);
        assertEquals("CANCEL", StrictCalendar.parse(cancelIcs).getRequiredProperty(Property.METHOD).getValue());
        VEvent cancel = onlyEvent(cancelIcs);
        assertEquals(invitation.getUid(), cancel.getUid(), "the cancellation strikes out the invitation's entry");
        assertEquals(Integer.parseInt(invitation.getRequiredProperty(Property.SEQUENCE).getValue()) + 1,
                Integer.parseInt(cancel.getRequiredProperty(Property.SEQUENCE).getValue()));
        assertEquals("mailto:" + first, cancel.getRequiredProperty(Property.ATTENDEE).getValue());
        assertTrue(cancel.getProperty(Property.LOCATION).isEmpty(), "no joining link once gone");

        List<String> promoted = Mailbox.calendars(MAIL, third, 2);
        assertEquals("https://visio.example/salle-42", onlyEvent(promoted.get(1)).getLocation().orElseThrow().getValue());
        List<JsonObject> registrants = Api.get("/api/webinars/" + id + "/registrations", trainer).expect(200)
                .jsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of(second, third, fourth), registrants.stream().map(r -> r.getString("email")).toList());
        assertEquals(List.of("confirmed", "confirmed", "waiting"),
                registrants.stream().map(r -> r.getString("status")).toList());
        assertEquals(1, registrants.get(2).getInt("position"));

        // The promoted person's new link, opened in a browser, asks first (mail scanners follow links); once
        // confirmed it cancels, and the last one waiting gets the place.
        String link = Mailbox.links(MAIL, third, CANCEL_PAGE, 2).get(1);
        WebSession browser = new WebSession();
        String page = link.substring(link.indexOf(CANCEL_PAGE));
        String personal = browser.get(page).expect(200).text();
        assertTrue(personal.contains("Confirmer l'annulation") && personal.contains("https://visio.example/salle-42"),
                "the personal page gives the joining link to a confirmed person");
        assertEquals(3, Api.get("/api/webinars/" + id + "/registrations", trainer).expect(200).jsonArray().size(),
                "opening the link cancels nothing");
        String done = browser.submit(page, CANCEL_PAGE, Map.of("jeton", Registrations.tokenOf(link))).expect(200).text();
        assertTrue(done.contains("Votre inscription est annulée"), done);
        assertEquals(2, Mailbox.calendars(MAIL, fourth, 2).size());
        assertTrue(browser.get(page).expect(404).text().contains("notice-error"), "a spent link says so");
        browser.submit("/webinaires/" + id, CANCEL_PAGE, Map.of("jeton", Registrations.tokenOf(link))).expect(404);
    }

    private static int registered(long webinar) {
        return Api.get("/api/webinars/" + webinar).expect(200).json().getInt("registered");
    }

    private static List<String> registrants(long webinar, Caller trainer) {
        return Api.get("/api/webinars/" + webinar + "/registrations", trainer).expect(200).jsonArray()
                .getValuesAs(JsonObject.class).stream().map(r -> r.getString("email")).toList();
    }

    /**
     * Issue 12 #9: a request takes no place and shows nowhere (count, registrants, CSV) until the link e-mailed to
     * the address is followed; opening the link, as mail scanners do, confirms nothing: its page's button does.
     */
    @Test
    void aPlaceIsTakenOnlyOnceTheEmailedLinkIsFollowed() throws Exception {
        Caller trainer = WebinarIT.trainer();
        long id = WebinarIT.schedule(trainer, WebinarIT.webinar("Bocage et oiseaux", "Oiseaux.",
                Instant.now().plus(7, ChronoUnit.DAYS), 1));
        String email = address("confirmee");
        JsonObject answer = request(id, email).expect(202).json();
        assertEquals("pending", answer.getString("status"));
        assertFalse(answer.containsKey("id"), "nothing that would tell a new registration from an old one");
        assertEquals(0, registered(id));
        assertEquals(1, Api.get("/api/webinars/" + id).expect(200).json().getInt("placesLeft"));
        assertEquals(List.of(), registrants(id, trainer), "not a registrant yet");
        assertEquals(1, Api.get("/api/webinars/" + id + "/registrations.csv", trainer).expect(200).text().lines()
                .count(), "the CSV's header alone");
        assertTrue(Api.get("/webinaires/inscrits/" + id, trainer).expect(200).text().contains("Personne ne"));

        String link = Mailbox.link(MAIL, email, Registrations.CONFIRM_PAGE);
        assertEquals(List.of("Confirmez votre inscription : Bocage et oiseaux"), Mailbox.subjects(MAIL, email, 1));
        assertEquals(List.of(), Mailbox.calendars(MAIL, email, 0), "no invitation before a place is held");
        WebSession browser = new WebSession();
        String page = Mailbox.pathOf(link);
        String asked = browser.get(page).expect(200).text();
        assertTrue(asked.contains("Confirmer mon inscription") && asked.contains("Bocage et oiseaux"), asked);
        assertEquals(0, registered(id), "opening the link takes no place");
        String confirmed = browser.submit(page, Registrations.CONFIRM_PAGE,
                Map.of("jeton", Registrations.tokenOf(link))).expect(302).header("Location").orElseThrow();
        assertEquals("/webinaires/" + id + "?inscription=confirmee", Mailbox.pathOf(confirmed));
        assertEquals(1, registered(id));
        assertEquals(List.of(email), registrants(id, trainer));
        assertEquals("https://visio.example/salle-42", onlyEvent(Mailbox.calendars(MAIL, email, 1).get(0))
                .getLocation().orElseThrow().getValue(), "the usual e-mail, with the joining link");

        // The next person confirms through the API: the only place is taken, the waiting list it is.
        String next = address("suivante");
        request(id, next).expect(202);
        JsonObject waiting = Registrations.confirm(MAIL, next).expect(200).json();
        assertEquals(id, waiting.getJsonNumber("webinar").longValue());
        assertEquals("waiting", waiting.getString("status"));
        assertEquals(1, waiting.getInt("position"));
    }

    /** A link serves once, and not past its expiry, which is the webinar's start when that comes first. */
    @Test
    void aConfirmationLinkServesOnceAndNeverOnceExpired() throws Exception {
        Caller trainer = WebinarIT.trainer();
        Instant soon = Instant.now().plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
        long id = WebinarIT.schedule(trainer, WebinarIT.webinar("Lien expiré", "Expiré.", soon, 5));
        String email = address("tardive");
        request(id, email).expect(202);
        String expired = Mailbox.link(MAIL, email, Registrations.CONFIRM_PAGE);
        // Put off by ten days once the link was sent: it still expired when the webinar was to start.
        Api.put("/api/webinars/" + id, trainer, WebinarIT.webinar("Lien expiré", "Expiré.",
                Instant.now().plus(10, ChronoUnit.DAYS), 5).build()).expect(200);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), soon.plusSeconds(1)).toMillis()));
        assertTrue(Registrations.confirmWith(Registrations.tokenOf(expired)).expectError(410).getString("message")
                .contains("a expiré"));
        WebSession browser = new WebSession();
        assertTrue(browser.get(Mailbox.pathOf(expired)).expect(410).text().contains("notice-error"));
        assertEquals(0, registered(id), "nothing changed");

        // Asking again sends a new link; it serves once.
        request(id, email).expect(202);
        String fresh = Mailbox.links(MAIL, email, Registrations.CONFIRM_PAGE, 2).get(1);
        assertEquals("confirmed", Registrations.confirmWith(Registrations.tokenOf(fresh)).expect(200).json()
                .getString("status"));
        Registrations.confirmWith(Registrations.tokenOf(fresh)).expectError(404);
        Registrations.confirmWith(Registrations.tokenOf(expired)).expectError(404);
        assertTrue(browser.get(Mailbox.pathOf(fresh)).expect(404).text().contains("notice-error"));
        browser.submit("/webinaires/" + id, Registrations.CONFIRM_PAGE,
                Map.of("jeton", Registrations.tokenOf(fresh))).expect(404);
        Registrations.confirmWith("inconnu").expectError(404);
        assertEquals(1, registered(id), "confirmed once");
        assertEquals(1, Mailbox.calendars(MAIL, email, 1).size());
    }

    /** No existence oracle (issue 12 #9): the API and the page answer alike for any address. */
    @Test
    void theAnswerIsTheSameForARegisteredAndAnUnregisteredAddress() {
        long id = WebinarIT.schedule(WebinarIT.trainer(), WebinarIT.webinar("Même réponse", "Réponse.",
                Instant.now().plus(9, ChronoUnit.DAYS), 10));
        String registeredAddress = address("deja");
        register(id, registeredAddress);
        String pending = address("en-cours");
        request(id, pending).expect(202);

        JsonObject forRegistered = request(id, registeredAddress).expect(202).json();
        assertEquals(forRegistered, request(id, address("inconnue")).expect(202).json());
        assertEquals(forRegistered, request(id, pending).expect(202).json());
        assertTrue(forRegistered.getString("message").startsWith("Si cette adresse n'est pas déjà inscrite"),
                forRegistered::toString);
        assertEquals(2, Mailbox.links(MAIL, pending, Registrations.CONFIRM_PAGE, 2).size(),
                "a pending registration is sent its link again");

        WebSession visitor = new WebSession();
        String page = "/webinaires/" + id;
        String forKnown = visitor.submit(page, page, Map.of("name", "Camille", "email", registeredAddress,
                "consent", "oui")).expect(302).header("Location").orElseThrow();
        String forNew = visitor.submit(page, page, Map.of("name", "Camille", "email", address("nouvelle"),
                "consent", "oui")).expect(302).header("Location").orElseThrow();
        assertEquals(forKnown, forNew);
        assertEquals(page + "?inscription=demandee", Mailbox.pathOf(forNew));
        String told = visitor.get(page + "?inscription=demandee").expect(200).text();
        assertTrue(told.contains("Si cette adresse n") && told.contains("aucune place ne vous est réservée"), told);
        assertEquals(1, registered(id));
    }

    /** One address asks for a few registrations a day at most, across webinars (2 on the test server). */
    @Test
    void oneAddressAsksForAFewRegistrationsADayAtMost() {
        Caller trainer = WebinarIT.trainer();
        Instant start = Instant.now().plus(6, ChronoUnit.DAYS);
        List<Long> webinars = Stream.of("un", "deux", "trois").map(n -> WebinarIT.schedule(trainer,
                WebinarIT.webinar("Collection " + n, "Collection.", start, 10))).toList();
        String email = address("collectionneuse");
        request(webinars.get(0), email).expect(202);
        request(webinars.get(1), email).expect(202);
        Api.Answer refused = request(webinars.get(2), email);
        JsonObject error = refused.expectError(429);
        assertTrue(error.getString("message").contains("inscriptions aux webinaires ces dernières 24 heures"),
                error::toString);
        assertTrue(Long.parseLong(refused.header("Retry-After").orElseThrow()) > 3600);

        String other = address("collectionneur");
        request(webinars.get(0), other).expect(202);
        register(webinars.get(1), other);
        String page = "/webinaires/" + webinars.get(2);
        String text = new WebSession().submit(page, page, Map.of("name", "Lou", "email", other, "consent", "oui"))
                .expect(429).text();
        assertTrue(text.contains("notice-error") && text.contains("inscriptions aux webinaires"), text);
        assertEquals(0, registered(webinars.get(2)));
    }

    /** Authorization asks for the current role as well as the ownership: a demoted trainer is a stranger (21 #3). */
    @Test
    void aTrainerWhoLosesTheRoleLosesTheRegistrants() {
        String name = "formateur-" + Token.next();
        Caller trainer = Api.createAccount(name, "trainer");
        long id = WebinarIT.schedule(trainer, WebinarIT.webinar("Rôles", "Rôles.", Instant.now().plus(5, ChronoUnit.DAYS), 10));
        long registration = register(id, address("role")).getJsonNumber("id").longValue();
        Api.get("/api/webinars/" + id + "/registrations", trainer).expect(200);
        assertEquals("https://visio.example/salle-42", Api.get("/api/webinars/" + id, trainer).expect(200).json()
                .getString("joinUrl"));

        Api.put("/api/admin/accounts/" + name + "/roles", ADMIN, Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder().add("contributor")).build()).expect(200);
        Api.get("/api/webinars/" + id + "/registrations", trainer).expectError(403);
        Api.get("/api/webinars/" + id + "/registrations.csv", trainer).expectError(403);
        Api.put("/api/webinars/" + id + "/registrations/" + registration + "/attendance", trainer,
                Json.createObjectBuilder().add("attended", true).build()).expectError(403);
        JsonObject seen = Api.get("/api/webinars/" + id, trainer).expect(200).json();
        assertTrue(!seen.containsKey("joinUrl") || seen.isNull("joinUrl"), "no joining link any more: " + seen);
    }

    /** A smaller capacity never takes a place back, nor lets a cancellation fill one it no longer has (21 #9). */
    @Test
    void aCancellationPromotesNobodyWhileMoreAreConfirmedThanTheCapacity() {
        Caller trainer = WebinarIT.trainer();
        Instant start = Instant.now().plus(5, ChronoUnit.DAYS);
        long id = WebinarIT.schedule(trainer, WebinarIT.webinar("Places", "Places.", start, 2));
        long first = register(id, address("un")).getJsonNumber("id").longValue();
        register(id, address("deux"));
        assertEquals("waiting", register(id, address("trois")).getString("status"));

        Api.put("/api/webinars/" + id, trainer, WebinarIT.webinar("Places", "Places.", start, 1).build()).expect(200);
        Api.delete("/api/webinars/" + id + "/registrations/" + first, trainer).expect(204);
        JsonObject seen = Api.get("/api/webinars/" + id).expect(200).json();
        assertEquals(1, seen.getInt("capacity"));
        assertEquals(1, seen.getJsonNumber("registered").longValue(), "still one confirmed, the third still waiting");
    }

    /** A registrant's name is printed in e-mails: a line break there would add lines of their choosing (issue 21 #12). */
    @Test
    void namesOfSeveralLinesAreRefused() {
        Caller trainer = WebinarIT.trainer();
        long id = WebinarIT.schedule(trainer, WebinarIT.webinar("Lignes", "Lignes.", Instant.now().plus(5, ChronoUnit.DAYS), 10));
        JsonObject refused = Api.post("/api/webinars/" + id + "/registrations", ANONYMOUS,
                Json.createObjectBuilder(person(address("lignes"), true))
                        .add("name", "Camille\nCliquez sur http://evil.example").add("organisation", "Parc\u0000").build())
                .expectError(400);
        String details = refused.getJsonArray("details").toString();
        assertTrue(details.contains("name : ce champ tient sur une ligne"), details);
        assertTrue(details.contains("organisation : ce champ tient sur une ligne"), details);
    }

    @Test
    void theTrainerExportsMarksAttendanceAndErasesRegistrations() {
        Caller trainer = WebinarIT.trainer();
        long id = WebinarIT.schedule(trainer, WebinarIT.webinar("Vergers", "Vergers.",
                Instant.now().plus(5, ChronoUnit.DAYS), 10));
        String email = address("verger");
        long registration = register(id, email).getJsonNumber("id").longValue();
        register(id, address("autre"));

        JsonObject marked = Api.put("/api/webinars/" + id + "/registrations/" + registration + "/attendance", trainer,
                Json.createObjectBuilder().add("attended", true).build()).expect(200).json();
        assertTrue(marked.getBoolean("attended"));

        Api.Answer csv = Api.get("/api/webinars/" + id + "/registrations.csv", trainer).expect(200);
        assertTrue(csv.header("Content-Type").orElseThrow().startsWith("text/csv"));
        List<String> lines = csv.text().lines().toList();
        assertEquals("\uFEFFid;nom;email;structure;statut;position;inscription;consentement;présent", lines.get(0),
                "UTF-8 with its BOM and « ; », as a French spreadsheet opens it");
        assertEquals(3, lines.size(), csv.text());
        assertTrue(lines.get(1).startsWith(registration + ";Camille Martin;" + email + ";Parc naturel régional;confirmée;;"),
                lines.get(1));
        assertTrue(lines.get(1).matches(".*;\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2};.*;oui"), lines.get(1));

        Api.delete("/api/webinars/" + id + "/registrations/" + registration, trainer).expect(204);
        assertEquals(1, Api.get("/api/webinars/" + id + "/registrations", ADMIN).expect(200).jsonArray().size());
        Api.delete("/api/webinars/" + id + "/registrations/" + registration, trainer).expectError(404);

        // Deleting the resource deletes the event and the registrations with it.
        Api.delete("/api/resources/" + id).expect(204);
        Api.get("/api/webinars/" + id).expectError(404);
        Api.get("/api/webinars/" + id + "/registrations", ADMIN).expectError(404);
    }

    /**
     * A title of the 500 characters validation accepts goes through every flow that mails it (issue 21 #2): the
     * subjects built from it once overflowed MAIL_MESSAGE.SUBJECT, so registering, rescheduling and deleting all
     * answered 500.
     */
    @Test
    void aWebinarWithTheLongestTitleIsRegisteredToRescheduledAndDeleted() {
        Caller trainer = WebinarIT.trainer();
        String title = ("Haies " + Token.next() + " ").repeat(40).substring(0, 500);
        Instant start = Instant.now().plus(15, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        long id = WebinarIT.schedule(trainer, WebinarIT.webinar(title, "Un titre au plus long.", start, 5));
        assertEquals("published", Api.get("/api/webinars/" + id).expect(200).json().getString("status"));
        register(id, address("titre-long"));
        JsonObject moved = WebinarIT.webinar(title, "Un titre au plus long, reporté.", start.plus(2, ChronoUnit.DAYS), 5)
                .build();
        Api.put("/api/webinars/" + id, trainer, moved).expect(200);
        Api.delete("/api/resources/" + id).expect(204);
        Api.get("/api/webinars/" + id).expectError(404);
    }

    @Test
    void registrationsCloseWhenTheWebinarStarts() {
        long id = WebinarIT.schedule(WebinarIT.trainer(), WebinarIT.webinar("Déjà commencé", "En cours.",
                Instant.now().minus(10, ChronoUnit.MINUTES), 10));
        request(id, address("en-retard")).expectError(409);
        request(999_999_999L, address("nulle-part")).expectError(404);
    }

    static Stream<Arguments> strangers() {
        return Stream.of(
                Arguments.of("anonymous", ANONYMOUS, 401),
                Arguments.of("another trainer", WebinarIT.trainer(), 403),
                Arguments.of("a contributor", Api.createAccount("contributeur-" + Token.next(), "contributor"), 403),
                Arguments.of("a moderator", Api.createAccount("moderateur-" + Token.next(), "moderator"), 403));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strangers")
    void registrantsDataAreOnlyForTheTrainerAndTheAdministrators(String who, Caller stranger, int status) {
        long id = WebinarIT.schedule(WebinarIT.trainer(), WebinarIT.webinar("Zones humides", "Zones humides.",
                Instant.now().plus(9, ChronoUnit.DAYS), 10));
        long registration = register(id, address("donnees")).getJsonNumber("id").longValue();
        String base = "/api/webinars/" + id + "/registrations";

        Api.get(base, stranger).expect(status);
        Api.get(base + ".csv", stranger).expect(status);
        Api.put(base + "/" + registration + "/attendance", stranger,
                Json.createObjectBuilder().add("attended", true).build()).expect(status);
        Api.delete(base + "/" + registration, stranger).expect(status);
        assertEquals(1, Api.get(base, ADMIN).expect(200).jsonArray().size(), "nothing was erased");
    }
}
