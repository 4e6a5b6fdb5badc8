package fr.bocage.it.platform;

import static fr.bocage.it.Api.Caller.ADMIN;
import static fr.bocage.it.Api.Caller.ANONYMOUS;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Token;
import fr.bocage.it.Person;
import fr.bocage.it.Api.Answer;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Api.Form;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs that once made the server answer 500, each seen failing before its fix. The general sweep over every
 * endpoint is {@link NoServerErrorIT}; hostile files are {@link fr.bocage.it.ingest.HostileFilesIT}.
 */
class RobustnessIT {

    private static Caller contributor;

    @BeforeAll
    static void account() {
        contributor = Api.createAccount("robust-" + Token.next(), "contributor");
    }

    @Test
    void aPageFarBeyondTheResultsIsEmptyNotAnOverflow() {
        JsonObject answer = Api.get("/api/search?page=2000000000&size=2").expect(200).json();
        assertEquals(0, answer.getJsonArray("hits").size(), answer::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "|"})
    void queriesOfManyJoinedWordsAreSearchedEverywhere(String separator) {
        String query = encode(String.join(separator, Collections.nCopies(1_100, "haie")));
        String twoHundred = encode(IntStream.range(0, 200).mapToObj(i -> "mot" + Token.next())
                .collect(Collectors.joining(separator)));
        for (String q : List.of(query, twoHundred)) {
            assertAll(
                    () -> Api.get("/api/search?q=" + q).expect(200),
                    () -> Api.get("/recherche?q=" + q).expect(200),
                    () -> Api.get("/formations?q=" + q).expect(200));
        }
    }

    @Test
    void aLongFileNameIsShortenedBeforeItsExtension() {
        String name = "Rapport " + "très long ".repeat(40) + Token.next() + ".txt";
        JsonObject created = Api.upload(Form.text(name, "Un rapport " + Token.next() + "."), contributor)
                .expect(201).json();
        String kept = created.getJsonObject("file").getString("name");
        assertTrue(kept.length() <= 255 && kept.endsWith(".txt"), kept);
    }

    @ParameterizedTest
    @ValueSource(strings = {"___.txt", "_ _.txt", "\u200B\u202E_.txt"})
    void aFileNameLeavingNoTitleGivesTheDefaultOne(String name) {
        JsonObject created = Api.upload(Form.text(name, "Une note " + Token.next() + "."), contributor)
                .expect(201).json();
        assertEquals("Document sans titre", created.getString("title"), created::toString);
    }

    @Test
    void hiddenCharactersNeverReachATitleOrAFileName() {
        String token = Token.next();
        JsonObject created = Api.upload(Form.text("facture\u202Etxt.exe", "Facture " + token + ".")
                .field("title", "Facture\u0000 \u2066" + token + "\u200B"), contributor).expect(201).json();
        assertEquals("Facture " + token, created.getString("title"));
        assertEquals("facturetxt.exe", created.getJsonObject("file").getString("name"));
    }

    @Test
    void metadataAtTheirLongestAreKept() {
        Form form = Form.text("longs.txt", "Des métadonnées " + Token.next() + ".").field("title", "T".repeat(500))
                .field("keywords", IntStream.range(10, 55).mapToObj(i -> i + "k".repeat(98))
                        .collect(Collectors.joining(",")))
                .field("authors", IntStream.range(10, 35).mapToObj(i -> i + "a".repeat(188))
                        .collect(Collectors.joining(";")));
        JsonObject created = Api.upload(form, contributor).expect(201).json();
        assertEquals(45, created.getJsonArray("keywords").size());
        assertEquals(25, created.getJsonArray("authors").size());
    }

    @Test
    void aValidLongAddressRegisters() {
        Person person = Person.fresh();
        // RFC 5321: at most 64 characters before the @, 63 per domain label; 133 in all, as in issue 21 #2.
        String local = "p" + Token.next();
        String email = local + "x".repeat(64 - local.length()) + "@" + "d".repeat(56) + ".example.org";
        assertEquals(133, email.length());
        JsonObject registration = Json.createObjectBuilder(person.registration()).add("email", email).build();
        Api.post("/api/accounts", ANONYMOUS, registration).expect(201);
    }

    /** The same address with a zero-width space is refused, not a second person (issue 21 #14). */
    @Test
    void anAddressWithAZeroWidthSpaceIsNotASecondPerson() {
        Person person = Person.fresh();
        Api.post("/api/accounts", ANONYMOUS, person.registration()).expect(201);
        String hidden = person.email().replace("@", "\u200B@");
        JsonObject again = Json.createObjectBuilder(Person.fresh().registration()).add("email", hidden).build();
        assertTrue(Api.post("/api/accounts", ANONYMOUS, again).status() / 100 == 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u202E", "\u2066", "\uFEFF", "\u0000", "\u2060"})
    void anAddressWithAHiddenCharacterIsRefused(String hidden) {
        Person person = Person.fresh();
        String email = person.email().replace("@", hidden + "@");
        JsonObject registration = Json.createObjectBuilder(person.registration()).add("email", email).build();
        JsonObject refusal = Api.post("/api/accounts", ANONYMOUS, registration).expectError(400);
        assertTrue(refusal.toString().contains("invisible"), refusal::toString);
    }

    @Test
    void readinessSaysNoCount() {
        String health = Api.get("/health/ready").expect(200).text();
        assertFalse(health.contains("\"resources\"") || health.contains("\"indexed\""), health);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nexiste-pas", "/api/nexiste-pas", "/api/resources/999999999", "/ressources/999999999",
            "/api/resources/abc"})
    void errorAnswersDoNotNameTheServer(String path) {
        Answer answer = Api.get(path);
        assertTrue(answer.status() >= 400 && answer.status() < 500, () -> answer.status() + " " + answer.text());
        assertTrue(answer.header("$WSEP").isEmpty(), () -> answer.raw().headers().map().toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
