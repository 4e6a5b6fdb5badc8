package fr.bocage.it.training.webinar;

import static fr.bocage.it.Api.Caller.ADMIN;
import static fr.bocage.it.Api.Caller.ANONYMOUS;
import static fr.bocage.it.Api.facet;
import static fr.bocage.it.Api.hitIds;
import static fr.bocage.it.Api.searchSettled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.bocage.it.Api;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Mailbox;
import fr.bocage.it.Token;
import fr.bocage.it.WebSession;
import fr.bocage.it.training.course.CourseIT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * After and around the event: slides attached to a webinar (handouts to a course) and found through it, the
 * portal's webinar pages and forms, and what registrants are told when the trainer changes the time or capacity.
 */
class WebinarPagesIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    private static Instant inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    }

    private static Api.Answer addMaterial(long parent, Caller caller, String fileName, String text) {
        return Api.upload("/api/resources/" + parent + "/materials", Api.Form.text(fileName, text), caller);
    }

    @Test
    void slidesAreIngestedAsMaterialsAndTheirWordsFindTheWebinarUntilTheyAreRemoved() {
        Caller trainer = WebinarIT.trainer();
        long webinar = WebinarIT.schedule(trainer, WebinarIT.webinar("Haies et carbone", "Stocker du carbone.",
                inDays(-3), 50));
        String slideWord = Token.next();

        JsonObject material = addMaterial(webinar, trainer, "diaporama.txt",
                "Diapositive 12 : le " + slideWord + " des haies bocagères.").expect(201).json();
        long materialId = material.getJsonNumber("id").longValue();
        assertEquals("webinar-material", material.getString("type"));
        assertEquals("published", material.getString("status"));
        assertEquals(webinar, material.getJsonNumber("partOf").longValue());
        assertEquals(List.of("biodiversity"), material.getJsonArray("themes").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList(), "the webinar's themes by default");

        JsonObject found = searchSettled(2, "q", slideWord);
        assertEquals(List.of(materialId, webinar).stream().sorted().toList(), hitIds(found).stream().sorted().toList());
        assertEquals(Map.of("webinar", 1L, "webinar-material", 1L), facet(found, "type"));
        assertEquals(1, Api.get("/api/resources/" + webinar + "/materials").expect(200).jsonArray().size());
        String page = Api.get("/webinaires/" + webinar).expect(200).text();
        assertTrue(page.contains("/api/resources/" + materialId + "/file") && page.contains("diaporama"), page);
        assertTrue(Api.get("/ressources/" + materialId).expect(200).text().contains("/webinaires/" + webinar),
                "the material's page leads back to its webinar");

        Api.delete("/api/resources/" + webinar + "/materials/" + materialId, WebinarIT.trainer()).expectError(403);
        Api.delete("/api/resources/" + webinar + "/materials/" + materialId, trainer).expect(204);
        assertEquals(0, searchSettled(0, "q", slideWord).getInt("total"), "the webinar no longer has those words");
    }

    /** Withdrawing a webinar withdraws its slides for everybody else: page, file and search (issue 12 #3, 21 #11). */
    @Test
    void aWithdrawnWebinarsSlidesAreNoLongerPublicAndTakeNoMore() {
        Caller trainer = WebinarIT.trainer();
        long webinar = WebinarIT.schedule(trainer, WebinarIT.webinar("Haies retirées", "Retirées.", inDays(-2), 50));
        String slideWord = Token.next();
        long material = addMaterial(webinar, trainer, "retire.txt", "Diapositive 3 : le " + slideWord + ".")
                .expect(201).json().getJsonNumber("id").longValue();
        assertEquals(2, searchSettled(2, "q", slideWord).getInt("total"));

        Api.post("/api/resources/" + webinar + "/withdraw", ADMIN, Json.createObjectBuilder()
                .add("message", "Programme annulé.").build()).expect(200);
        assertEquals(0, searchSettled(0, "q", slideWord).getInt("total"), "neither the webinar nor its slides");
        Api.get("/api/resources/" + material).expectError(410);
        Api.get("/api/resources/" + material + "/file").expectError(410);
        assertEquals(410, Api.get("/ressources/" + material).status());
        assertEquals(200, Api.get("/api/resources/" + material + "/file", trainer).status(), "its trainer still sees it");
        addMaterial(webinar, trainer, "apres.txt", "Encore " + Token.next()).expectError(409);

        // A trainer's uploaded document typed « webinar » is their draft: it takes no materials that would be public.
        Caller author = WebinarIT.trainer();
        JsonObject draft = Api.upload("/api/resources", Api.Form.text("programme.txt", "Programme " + Token.next())
                .field("type", "webinar"), author).expect(201).json();
        assertEquals("draft", draft.getString("status"));
        addMaterial(draft.getJsonNumber("id").longValue(), author, "slides.txt", "Slides " + Token.next()).expectError(409);
    }

    @Test
    void aCoursesHandoutFindsTheCourseAndIsListedOnItsPage() {
        Caller trainer = CourseIT.trainer();
        long course = CourseIT.publish(trainer, CourseIT.course("Sols vivants", "Observer un profil de sol et en "
                + "déduire sa fertilité, puis concevoir une parcelle agroforestière adaptée à son contexte local."));
        String word = Token.next();
        long handout = addMaterial(course, trainer, "livret.txt", "Livret du stagiaire : le " + word + " du sol.")
                .expect(201).json().getJsonNumber("id").longValue();
        assertEquals("course-material", Api.get("/api/resources/" + handout).expect(200).json().getString("type"));
        assertEquals(Map.of("course", 1L, "course-material", 1L), facet(searchSettled(2, "q", word), "type"));
        String page = Api.get("/formations/" + course).expect(200).text();
        assertTrue(page.contains("/api/resources/" + handout + "/file") && page.contains("livret"), page);
        assertEquals(Optional.of(Api.BASE + "/formations/" + course), Api.get("/ressources/" + course).expect(302)
                .header("Location"));
    }

    @Test
    void onlyThoseWhoRunATrainingAttachMaterialsAndOnlyToATraining() {
        Caller trainer = WebinarIT.trainer();
        long webinar = WebinarIT.schedule(trainer, WebinarIT.webinar("Mares", "Mares.", inDays(8), 50));
        String text = "Support " + Token.next();
        addMaterial(webinar, ANONYMOUS, "a.txt", text).expect(401);
        addMaterial(webinar, Api.createAccount("contributeur-" + Token.next(), "contributor"), "a.txt", text)
                .expectError(403);
        addMaterial(webinar, WebinarIT.trainer(), "a.txt", text).expectError(403);
        addMaterial(999_999_999L, trainer, "a.txt", text).expectError(404);
        long guide = Api.create(Api.Form.text("guide.txt", "Un guide " + Token.next()));
        addMaterial(guide, ADMIN, "a.txt", text).expectError(409);
        Api.upload("/api/resources/" + webinar + "/materials", Api.Form.text("b.txt", text + " bis")
                .field("type", "guide"), trainer).expectError(400);
        Api.put("/api/resources/" + webinar, ADMIN, Json.createObjectBuilder().add("title", "Mares").add("type", "guide")
                .build()).expectError(400);
        assertEquals("webinar", Api.put("/api/resources/" + webinar, ADMIN, Json.createObjectBuilder()
                .add("title", "Mares et tritons").build()).expect(200).json().getString("type"), "an empty type keeps it");
        assertEquals(201, addMaterial(webinar, Api.createAccount("moderateur-" + Token.next(), "moderator"), "c.txt",
                text + " ter").status());

        // Deleting the webinar deletes its slides with it.
        long material = addMaterial(webinar, trainer, "d.txt", text + " quater").expect(201).json()
                .getJsonNumber("id").longValue();
        Api.delete("/api/resources/" + webinar).expect(204);
        Api.get("/api/resources/" + material).expectError(404);
    }

    @Test
    void aVisitorRegistersOnTheWebinarPageAndAMistakeIsShownBesideItsField() {
        long webinar = WebinarIT.schedule(WebinarIT.trainer(), WebinarIT.webinar("Vergers conservatoires",
                "Vergers.", inDays(15), 1));
        assertTrue(Api.get("/webinaires").expect(200).text().contains("/webinaires/" + webinar));
        WebSession visitor = new WebSession();
        String page = "/webinaires/" + webinar;
        String refused = visitor.submit(page, page, Map.of("name", "Jeanne Roux", "email", "pas-une-adresse"))
                .expect(400).text();
        assertTrue(refused.contains("id=\"email-error\"") && refused.contains("id=\"consent-error\"")
                && refused.contains("value=\"Jeanne Roux\""), refused);

        String email = "jeanne-" + Token.next() + "@exemple.fr";
        Map<String, String> person = Map.of("name", "Jeanne Roux", "email", email, "consent", "oui");
        String requested = page + "?inscription=demandee";
        assertEquals(requested, Mailbox.pathOf(visitor.submit(page, page, person).expect(302).header("Location")
                .orElseThrow()));
        assertEquals(page + "?inscription=confirmee", confirmFromMail(visitor, email));
        String paul = "paul-" + email;
        assertEquals(requested, Mailbox.pathOf(visitor.submit(page, page, Map.of("name", "Paul", "email", paul,
                "consent", "oui")).expect(302).header("Location").orElseThrow()));
        assertEquals(page + "?inscription=attente&rang=1", confirmFromMail(visitor, paul));
        assertTrue(visitor.get(page + "?inscription=attente&rang=1").expect(200).text().contains("position 1"));
        assertEquals(requested, Mailbox.pathOf(visitor.submit(page, page, person).expect(302).header("Location")
                .orElseThrow()), "registered already: the same answer");
        assertFalse(Api.get(page).expect(200).text().contains("visio.example"), "no joining link for the public");
    }

    /** Opens the confirmation link e-mailed to {@code email} and confirms on its page: where that leads. */
    private static String confirmFromMail(WebSession browser, String email) {
        String link = Mailbox.pathOf(Mailbox.link(MAIL, email, Registrations.CONFIRM_PAGE));
        return Mailbox.pathOf(browser.submit(link, Registrations.CONFIRM_PAGE,
                Map.of("jeton", Registrations.tokenOf(link))).expect(302).header("Location").orElseThrow());
    }

    @Test
    void aTrainerSchedulesOnTheFormAndOnlyTheyChangeIt() {
        String trainerName = "formateur-" + Token.next();
        Api.createAccount(trainerName, "trainer");
        WebSession trainer = new WebSession();
        trainer.login(trainerName, Api.passwordOf(trainerName)).expect(303);
        Map<String, String> form = new HashMap<>(Map.of("title", "Chantiers nature", "summary",
                "Organiser un chantier.", "startsAt", "2027-03-29T10:00", "durationMinutes", "60", "capacity", "20",
                "speakerName", "Inès Garnier", "speakerOrganisation", "CPIE"));

        String blank = trainer.get("/webinaires/nouveau").expect(200).text();
        assertFalse(blank.contains("name=\"licence\"") || blank.contains("name=\"year\""),
                "no document-only field for a webinar");
        form.put("startsAt", "");
        String refused = trainer.submit("/webinaires/nouveau", "/webinaires/nouveau", form).expect(400).text();
        assertTrue(refused.contains("notice-error") && refused.contains("value=\"Chantiers nature\""), refused);

        form.put("startsAt", "2027-03-29T10:00");
        String location = trainer.submit("/webinaires/nouveau", "/webinaires/nouveau", form).expect(302)
                .header("Location").orElseThrow();
        long id = Long.parseLong(Mailbox.pathOf(location).replaceAll("\\D", ""));
        JsonObject created = Api.get("/api/webinars/" + id).expect(200).json();
        assertEquals(Instant.parse("2027-03-29T08:00:00Z"), Instant.parse(created.getString("startsAt")),
                "a time typed on the form is Paris time, summer time here");
        assertEquals("Inès Garnier", created.getJsonArray("speakers").getJsonObject(0).getString("name"));
        assertTrue(trainer.get("/webinaires/modifier/" + id).expect(200).text().contains("2027-03-29T10:00"));
        String mySpace = trainer.get("/mon-espace").expect(200).text();
        assertTrue(mySpace.contains("Mes formations et webinaires") && mySpace.contains("href=\"/webinaires/modifier/"
                + id + "\"") && mySpace.contains("href=\"/webinaires/inscrits/" + id + "\""), mySpace);
        assertFalse(mySpace.contains("/mon-espace/ressources/" + id + "\""),
                "the webinar is not a moderated contribution of theirs");

        WebSession other = new WebSession();
        String otherName = "formateur-" + Token.next();
        Api.createAccount(otherName, "trainer");
        other.login(otherName, Api.passwordOf(otherName)).expect(303);
        other.get("/webinaires/modifier/" + id).expect(403);
        other.get("/webinaires/inscrits/" + id).expect(403);
        assertTrue(trainer.get("/webinaires/inscrits/" + id).expect(200).text().contains("Personne"));

        // « Effacer » asks first, on the server: the erasure needs the confirmation's field.
        String email = "efface-" + Token.next() + "@exemple.fr";
        Registrations.register(MAIL, id, Json.createObjectBuilder().add("name", "Alex Effacé").add("email", email)
                .add("consent", true).build());
        String registrants = "/webinaires/inscrits/" + id;
        long registration = Api.get("/api/webinars/" + id + "/registrations", ADMIN).expect(200).jsonArray()
                .getJsonObject(0).getJsonNumber("id").longValue();
        Map<String, String> erase = Map.of("action", "erase", "registration", String.valueOf(registration));
        String asked = trainer.submit(registrants, registrants, erase).expect(200).text();
        assertTrue(asked.contains("Effacer définitivement") && asked.contains("name=\"confirm\" value=\"oui\""),
                asked);
        assertTrue(trainer.get(registrants).expect(200).text().contains(email), "nothing erased yet");
        Map<String, String> confirmed = new HashMap<>(erase);
        confirmed.put("confirm", "oui");
        trainer.submit(registrants, registrants, confirmed).expect(302);
        assertFalse(trainer.get(registrants).expect(200).text().contains(email), "erased once confirmed");
        Api.get("/webinaires/inscrits/" + id, Api.createAccount("moderateur-" + Token.next(), "moderator")).expect(403);
        Api.get("/webinaires/inscrits/" + id, ADMIN).expect(200);
        Api.get("/webinaires/modifier/" + id, Api.createAccount("moderateur-" + Token.next(), "moderator")).expect(200);
        assertEquals(302, new WebSession().get("/webinaires/nouveau").status(), "anonymous: to the login page");
    }

    @Test
    void registrantsAreToldOfANewTimeAndPeopleWaitingGetTheAddedPlaces() throws Exception {
        Caller trainer = WebinarIT.trainer();
        Instant start = inDays(20);
        long webinar = WebinarIT.schedule(trainer, WebinarIT.webinar("Jardins partagés", "Jardins.", start, 1));
        String confirmed = "confirme-" + Token.next() + "@exemple.fr";
        String waiting = "attente-" + Token.next() + "@exemple.fr";
        for (String email : List.of(confirmed, waiting)) {
            Registrations.register(MAIL, webinar, Json.createObjectBuilder().add("name", "Alex").add("email", email)
                    .add("consent", true).build());
        }

        Instant later = start.plus(2, ChronoUnit.DAYS);
        Api.put("/api/webinars/" + webinar, trainer, WebinarIT.webinar("Jardins partagés", "Jardins.", later, 2)
                .build()).expect(200);

        VEvent moved = WebinarRegistrationIT.onlyEvent(Mailbox.calendars(MAIL, confirmed, 2).get(1));
        assertEquals("1", moved.getRequiredProperty(Property.SEQUENCE).getValue(), "replaces the first invitation");
        assertEquals(later, ZonedDateTime.from(moved.getDateTimeStart().orElseThrow().getDate()).toInstant());
        VEvent promoted = WebinarRegistrationIT.onlyEvent(Mailbox.calendars(MAIL, waiting, 2).get(1));
        assertEquals("https://visio.example/salle-42", promoted.getLocation().orElseThrow().getValue(),
                "the added place went to the person waiting, with the joining link");
        assertEquals(2, Api.get("/api/webinars/" + webinar).expect(200).json().getInt("registered"));

        Api.delete("/api/resources/" + webinar).expect(204);
        VEvent calledOff = WebinarRegistrationIT.onlyEvent(Mailbox.calendars(MAIL, confirmed, 3).get(2));
        assertEquals("CANCELLED", calledOff.getRequiredProperty(Property.STATUS).getValue());
        assertEquals("2", calledOff.getRequiredProperty(Property.SEQUENCE).getValue());
    }
}
