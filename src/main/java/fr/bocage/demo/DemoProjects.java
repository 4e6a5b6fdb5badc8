package fr.bocage.demo;

import fr.bocage.network.actor.ActorInput;
import fr.bocage.network.project.ProjectInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.Reader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The demo cooperation projects ({@code demo/demo-projects.json}) and the actors they need first. A project has the
 * fields of {@code POST /api/projects}, except that it names its partners and its webinars by their titles, which
 * become ids once the demo actors and webinars exist; its {@code space} lists members (accounts made for the demo) and
 * the documents shared with them only.
 */
record DemoProjects(List<ActorInput> actors, List<JsonObject> projects) {

    static DemoProjects read(Reader json) {
        try (JsonReader reader = Json.createReader(json)) {
            JsonObject demo = reader.readObject();
            List<ActorInput> actors = demo.getJsonArray("actors").getValuesAs(JsonObject.class).stream()
                    .map(DemoActors::actor).toList();
            return new DemoProjects(actors, demo.getJsonArray("projects").getValuesAs(JsonObject.class));
        }
    }

    static String title(JsonObject project) {
        return project.getString("title");
    }

    /** Partners and webinars whose titles are unknown are left out: the demo content may have been changed. */
    static ProjectInput input(JsonObject p, Map<String, Long> actorIds, Map<String, Long> webinarIds) {
        return new ProjectInput(p.getString("slug"), p.getString("title"), p.getString("acronym", null),
                p.getString("summary", null), p.getString("purpose", null), LocalDate.parse(p.getString("startDate")),
                LocalDate.parse(p.getString("endDate")),
                p.getJsonArray("funders").getValuesAs(JsonObject.class).stream()
                        .map(f -> new ProjectInput.FunderInput(f.getString("name"), f.getInt("rate"))).toList(),
                ids(p, "partners", actorIds), ids(p, "technicalPartners", actorIds), List.of(),
                p.getBoolean("published", false),
                p.getJsonArray("plan").getValuesAs(JsonObject.class).stream().map(a -> new ProjectInput.WorkInput(
                        a.getInt("number"), a.getString("title"), a.getString("kind"), a.getString("description", null),
                        LocalDate.parse(a.getString("startDate")), LocalDate.parse(a.getString("endDate")),
                        a.getString("status", null), List.of(), List.of(), ids(a, "webinars", webinarIds))).toList());
    }

    /** A member of a demo project's space: an account nobody signs in to, for a partner named by its title. */
    record Member(String username, String name, String partner) {
    }

    /** A document of a demo project's space: a file of the demo folder and its title. */
    record Document(String file, String title) {
    }

    static List<Member> members(JsonObject project) {
        return space(project, "members").stream()
                .map(m -> new Member(m.getString("username"), m.getString("name"), m.getString("partner"))).toList();
    }

    static List<Document> documents(JsonObject project) {
        return space(project, "documents").stream().map(d -> new Document(d.getString("file"), d.getString("title")))
                .toList();
    }

    private static List<JsonObject> space(JsonObject project, String part) {
        JsonObject space = project.getJsonObject("space");
        return space == null || !space.containsKey(part) ? List.of()
                : space.getJsonArray(part).getValuesAs(JsonObject.class);
    }

    private static List<Long> ids(JsonObject json, String titles, Map<String, Long> idsByTitle) {
        return DemoMetadata.strings(json, titles).stream().map(idsByTitle::get).filter(Objects::nonNull).toList();
    }
}
