package fr.bocage.it.search;

import static fr.bocage.it.Api.Caller.ADMIN;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Token;
import fr.bocage.it.Api.Answer;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Api.Form;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Nothing of a resource that is not published reaches anybody who may not see it: not its words through « Vouliez-vous
 * dire », not its title through the completions, not its title or address through the answer to a duplicate upload.
 * One resource per status that is not « published », each holding a word of its own.
 */
class LeakIT {

    private static Caller owner;
    private static Caller other;
    private static Caller moderator;
    /** A word of a published resource, so that a correction finds more and is offered at all. */
    private static String publishedWord;

    enum Status {
        DRAFT((id, m) -> {
        }),
        SUBMITTED((id, m) -> move(id, "submit", owner, null)),
        CHANGES_REQUESTED((id, m) -> {
            move(id, "submit", owner, null);
            move(id, "request-changes", m, "À compléter.");
        }),
        REJECTED((id, m) -> {
            move(id, "submit", owner, null);
            move(id, "reject", m, "Hors sujet.");
        }),
        WITHDRAWN((id, m) -> {
            move(id, "submit", owner, null);
            move(id, "publish", m, null);
            Api.awaitIndexed();
            move(id, "withdraw", m, "Périmé.");
        });

        final BiConsumer<Long, Caller> reach;

        Status(BiConsumer<Long, Caller> reach) {
            this.reach = reach;
        }
    }

    @BeforeAll
    static void accountsAndAPublishedWord() {
        owner = Api.createAccount("leak-owner-" + Token.next(), "contributor");
        other = Api.createAccount("leak-other-" + Token.next(), "contributor");
        moderator = Api.createAccount("leak-mod-" + Token.next(), "moderator");
        publishedWord = Token.next();
        Api.upload(Form.text("publie.txt", "Un document public sur " + publishedWord + ".")
                .field("title", "Public " + publishedWord).field("type", "guide"), ADMIN).expect(201);
        Api.searchSettled(1, "q", publishedWord);
    }

    @ParameterizedTest
    @EnumSource(Status.class)
    void nothingOfAnUnpublishedResourceIsSuggestedOrNamed(Status status) {
        String secret = Token.next();
        byte[] bytes = ("Note interne sur " + secret + ".").getBytes(StandardCharsets.UTF_8);
        long id = Api.upload(Form.file("interne-" + secret + ".txt", bytes).field("title", "Projet " + secret)
                .field("type", "guide").described(), owner).expect(201).locationId();
        status.reach.accept(id, moderator);
        assertEquals(status.name().toLowerCase().replace('_', '-'), Api.get("/api/resources/" + id, owner).expect(200).json()
                .getString("status"));
        Api.awaitIndexed();
        // A status change reaches the index within a second; a withdrawn resource was found until then.
        Api.searchSettled(0, "q", secret);

        String query = typo(secret) + " OR " + typo(publishedWord);
        JsonObject answer = Api.search("q", query).expect(200).json();
        String completions = Api.get("/api/suggest?q=" + secret.substring(0, 6)).expect(200).text();
        Answer duplicate = Api.upload(Form.file("copie.txt", bytes), other);
        JsonObject refusal = duplicate.expectError(409);
        assertAll(
                () -> assertEquals(typo(secret) + " OR " + publishedWord, answer.getString("suggestion"),
                        answer::toString),
                () -> assertFalse(completions.contains(secret), completions),
                () -> assertFalse(refusal.getString("message").contains(secret), refusal::toString),
                () -> assertFalse(refusal.getString("message").contains(Long.toString(id)), refusal::toString),
                () -> assertTrue(duplicate.header("Location").isEmpty(), refusal::toString));

        // Those who may see it are told where it is.
        for (Caller insider : new Caller[] {owner, moderator}) {
            Answer known = Api.upload(Form.file("copie.txt", bytes), insider);
            assertTrue(known.expectError(409).getString("message").contains(secret), known::text);
            assertEquals(id, known.locationId());
        }
    }

    /** The first letter kept, two different letters swapped: one edit away. */
    private static String typo(String word) {
        int i = 2;
        while (word.charAt(i) == word.charAt(i + 1)) {
            i++;
        }
        return word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
    }

    private static void move(long id, String action, Caller who, String message) {
        JsonObject body = message == null ? Json.createObjectBuilder().build()
                : Json.createObjectBuilder().add("message", message).build();
        Api.post("/api/resources/" + id + "/" + action, who, body).expect(200);
    }
}
