package fr.bocage.it.network;

import static fr.bocage.it.Api.Caller.ADMIN;

import fr.bocage.it.Api;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Token;
import jakarta.json.Json;
import java.time.LocalDateTime;

/**
 * A published project with its coordinator, a member for one of its two partner organisations, an outsider with a
 * contributor's account, and a webinar of its plan: who the private space's tests compare.
 */
public record ProjectSpaceFixture(String slug, Caller coordinator, String coordinatorName, Caller member,
        String memberName, Caller outsider, long partner, long otherPartner, long webinar, String webinarTitle) {

    public static ProjectSpaceFixture create(String tag) {
        String coordinatorName = "coord-" + tag + "-" + Token.next();
        Caller coordinator = Api.createAccount(coordinatorName, "contributor");
        long partner = ProjectIT.actorIn("SN");
        long otherPartner = ProjectIT.actorIn("BJ");
        String webinarTitle = "Webinaire du projet " + Token.next();
        long webinar = Api.post("/api/webinars", ADMIN, Json.createObjectBuilder()
                .add("metadata", Json.createObjectBuilder().add("title", webinarTitle)
                        .add("summary", "Un webinaire du projet."))
                .add("startsAt", LocalDateTime.now().plusMonths(2).withNano(0).withSecond(0).toString())
                .add("durationMinutes", 60).add("capacity", 10).build()).expect(201).locationId();
        String slug = "projet-" + tag + "-" + Token.next().toLowerCase();
        Api.post("/api/projects", coordinator, Json.createObjectBuilder().add("slug", slug)
                .add("title", "Projet " + slug).add("summary", "Coopérer pour les aires protégées.")
                .add("startDate", "2024-01-01").add("endDate", "2030-12-31").add("published", true)
                .add("partners", Json.createArrayBuilder().add(partner).add(otherPartner))
                .add("plan", Json.createArrayBuilder().add(ProjectIT.action(1, "webinar-series", "2024-01-01",
                        "2030-06-30", "under-way").add("webinars", Json.createArrayBuilder().add(webinar))))
                .build()).expect(201);
        String memberName = "membre-" + tag + "-" + Token.next();
        Caller member = Api.createAccount(memberName, "contributor");
        enrol(slug, memberName, partner);
        Caller outsider = Api.createAccount("dehors-" + tag + "-" + Token.next(), "contributor");
        return new ProjectSpaceFixture(slug, coordinator, coordinatorName, member, memberName, outsider, partner,
                otherPartner, webinar, webinarTitle);
    }

    public static void enrol(String slug, String username, long organisation) {
        Api.put("/api/projects/" + slug + "/enrolments/" + username, ADMIN,
                Json.createObjectBuilder().add("organisation", organisation).build()).expect(200);
    }

    /** Shares a text file with the project's members; its id. */
    public long share(Caller who, String title, String text) {
        return Api.upload("/api/projects/" + slug + "/documents", Api.Form.text("partage-" + Token.next() + ".txt",
                text).field("title", title), who).expect(201).json().getJsonNumber("id").longValue();
    }

    /** Posts a news item for the project's members; its id. */
    public long post(Caller who, String title, String body) {
        return Api.post("/api/projects/" + slug + "/news", who, Json.createObjectBuilder().add("title", title)
                .add("lead", title).add("body", body).build()).expect(201).json().getJsonNumber("id").longValue();
    }
}
