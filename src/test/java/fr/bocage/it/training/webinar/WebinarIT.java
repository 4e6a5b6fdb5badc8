package fr.bocage.it.training.webinar;

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
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Webinars over HTTP: trainers schedule them, everybody finds them, only who runs one sees its joining link. */
class WebinarIT {

    static JsonObjectBuilder webinar(String title, String summary, Instant startsAt, int capacity) {
        return Json.createObjectBuilder()
                .add("metadata", Json.createObjectBuilder().add("title", title).add("summary", summary)
                        .add("themes", Json.createArrayBuilder().add("biodiversity")))
                .add("startsAt", startsAt.toString())
                .add("durationMinutes", 90)
                .add("speakers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "Maëlle Le Goff").add("organisation", "Conservatoire d'espaces naturels")))
                .add("series", "Les rendez-vous du bocage")
                .add("capacity", capacity)
                .add("joinUrl", "https://visio.example/salle-42");
    }

    static Caller trainer() {
        return Api.createAccount("formateur-" + Token.next(), "trainer");
    }

    static long schedule(Caller trainer, JsonObjectBuilder webinar) {
        return Api.post("/api/webinars", trainer, webinar.build()).expect(201).locationId();
    }

    @Test
    void aTrainersWebinarIsPublishedAtOnceAndFoundByItsAbstract() {
        String word = Token.next();
        Caller trainer = trainer();
        Instant start = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        JsonObject created = Api.post("/api/webinars", trainer, webinar("Haies champêtres et pollinisateurs",
                "Un webinaire sur les haies " + word + " et les insectes.", start, 30).build()).expect(201).json();
        long id = created.getJsonNumber("id").longValue();
        assertEquals("published", created.getString("status"));
        assertEquals("https://visio.example/salle-42", created.getString("joinUrl"));

        JsonObject seen = Api.get("/api/webinars/" + id).expect(200).json();
        assertEquals(start.toString(), Instant.parse(seen.getString("startsAt")).toString());
        assertEquals(start.plus(90, ChronoUnit.MINUTES), Instant.parse(seen.getString("endsAt")));
        assertFalse(seen.containsKey("joinUrl") && !seen.isNull("joinUrl"), "no joining link for the public");
        assertEquals("Maëlle Le Goff", seen.getJsonArray("speakers").getJsonObject(0).getString("name"));
        assertTrue(Api.get("/api/webinars?when=upcoming").expect(200).text().contains("\"id\":" + id));
        assertFalse(Api.get("/api/webinars?when=past").expect(200).text().contains("\"id\":" + id));

        JsonObject found = searchSettled(1, "q", word);
        assertEquals(List.of(id), hitIds(found));
        assertEquals(Map.of("webinar", 1L), facet(found, "type"));
        assertEquals(List.of(id), hitIds(searchSettled(1, "q", "Goff " + word, "exact", "true")), "speakers are indexed");
        assertEquals(Optional.of(Api.BASE + "/webinaires/" + id), Api.get("/ressources/" + id).expect(302)
                .header("Location"), "search links lead to the webinar's own page");
        assertTrue(Api.get("/webinaires/" + id).expect(200).text().contains("Haies champêtres et pollinisateurs"));
        assertTrue(Api.get("/openapi").expect(200).text().contains("/api/webinars/{id}/registrations"));
    }

    @Test
    void onlyTrainersModeratorsAndAdministratorsScheduleAndOnlyItsOwnTrainerChangesOne() {
        Instant start = Instant.now().plus(30, ChronoUnit.DAYS);
        JsonObject body = webinar("Mares et amphibiens", "Résumé.", start, 10).build();
        Api.post("/api/webinars", ANONYMOUS, body).expect(401);
        Api.post("/api/webinars", Api.createAccount("contributeur-" + Token.next(), "contributor"), body).expect(403);

        Caller owner = trainer();
        long id = schedule(owner, webinar("Mares et amphibiens", "Résumé.", start, 10));
        JsonObject moved = webinar("Mares et amphibiens (reporté)", "Résumé.", start.plus(7, ChronoUnit.DAYS), 12)
                .build();
        Api.put("/api/webinars/" + id, trainer(), moved).expectError(403);
        Api.put("/api/webinars/" + id, ANONYMOUS, moved).expect(401);
        JsonObject updated = Api.put("/api/webinars/" + id, owner, moved).expect(200).json();
        assertEquals("Mares et amphibiens (reporté)", updated.getString("title"));
        assertEquals(12, Api.get("/api/webinars/" + id).expect(200).json().getInt("capacity"), "stored");
        assertEquals(12, updated.getInt("capacity"));
        Api.put("/api/webinars/" + id, Caller.ADMIN, moved).expect(200);
    }

    @Test
    void aWebinarIsCheckedBeforeItIsKept() {
        Caller trainer = trainer();
        Instant start = Instant.now().plus(10, ChronoUnit.DAYS);
        Api.post("/api/webinars", trainer, webinar("Sans durée", "R", start, 10).add("durationMinutes", 2).build())
                .expectError(400);
        Api.post("/api/webinars", trainer, webinar("Trop grand", "R", start, 10001).build()).expectError(400);
        Api.post("/api/webinars", trainer, webinar("Date", "R", start, 10).add("startsAt", "demain").build())
                .expectError(400);
        Api.post("/api/webinars", trainer, webinar("Type", "R", start, 10).add("metadata", Json.createObjectBuilder()
                .add("title", "Type").add("type", "guide")).build()).expectError(400);
        JsonObject paris = Api.post("/api/webinars", trainer, webinar("Heure de Paris", "R", start, 10)
                .add("startsAt", "2026-12-01T14:00").build()).expect(201).json();
        assertEquals(Instant.parse("2026-12-01T13:00:00Z"), Instant.parse(paris.getString("startsAt")));
    }
}
