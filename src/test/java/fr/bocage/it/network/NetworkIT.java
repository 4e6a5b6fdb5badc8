package fr.bocage.it.network;

import static fr.bocage.it.Api.Caller.ADMIN;
import static fr.bocage.it.Api.Caller.ANONYMOUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Token;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The networks Bocage hosts over HTTP: administrators create them, everybody reads them. */
public class NetworkIT {
    private static Caller moderator;
    private static String animatorName;

    @BeforeAll
    static void accounts() {
        moderator = Api.createAccount("moderatrice-" + Token.next(), "moderator");
        animatorName = "animatrice-" + Token.next();
        Api.createAccount(animatorName, "contributor");
    }

    static JsonObjectBuilder network(String slug, String... animators) {
        return Json.createObjectBuilder().add("slug", slug).add("name", "Réseau " + slug)
                .add("description", "Deux rencontres par an.").add("territory", "Hauts-de-France")
                .add("animators", Json.createArrayBuilder(java.util.List.of(animators)));
    }

    @Test
    void anAdministratorCreatesANetworkThatEverybodyReadsWithoutItsAnimators() {
        String slug = "reseau-" + Token.next().toLowerCase();
        JsonObject created = Api.post("/api/networks", ADMIN, network(slug, animatorName).build()).expect(201).json();
        assertEquals("hauts-de-france", created.getString("territory"), "the label is stored as its code");
        assertEquals("/reseaux/" + slug, created.getString("page"));

        String read = Api.get("/api/networks/" + slug, ANONYMOUS).expect(200).text();
        assertTrue(read.contains("Réseau " + slug), read);
        assertFalse(read.contains(animatorName), "accounts are private: " + read);
        assertTrue(Api.get("/api/networks", ANONYMOUS).expect(200).text().contains(slug));

        Api.put("/api/networks/" + slug, ADMIN, network("ignored", animatorName).add("name", "Renommé").build())
                .expect(200);
        assertEquals("Renommé", Api.get("/api/networks/" + slug, ANONYMOUS).expect(200).json().getString("name"));
    }

    @Test
    void badInputIsRefusedWithAReason() {
        String slug = "reseau-" + Token.next().toLowerCase();
        Api.post("/api/networks", ADMIN, network(slug).build()).expect(201);
        assertTrue(Api.post("/api/networks", ADMIN, network(slug).build()).expect(409).text().contains(slug));
        assertTrue(Api.post("/api/networks", ADMIN, network("Pas Un Slug").build()).expect(400).text()
                .contains("minuscules"));
        assertTrue(Api.post("/api/networks", ADMIN, network("r-" + Token.next().toLowerCase(), "personne-inconnue")
                .build()).expect(400).text().contains("personne-inconnue"));
        Api.get("/api/networks/inconnu-" + Token.next().toLowerCase(), ANONYMOUS).expect(404);
    }

    @Test
    void onlyAdministratorsCreateOrDescribeNetworks() {
        String slug = "reseau-" + Token.next().toLowerCase();
        Api.post("/api/networks", ANONYMOUS, network(slug).build()).expect(401);
        Api.post("/api/networks", moderator, network(slug).build()).expect(403);
        Api.post("/api/networks", ADMIN, network(slug).build()).expect(201);
        Api.put("/api/networks/" + slug, moderator, network(slug).build()).expect(403);
    }
}
