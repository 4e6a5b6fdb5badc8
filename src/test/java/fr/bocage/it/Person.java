package fr.bocage.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.bocage.it.Api.Caller;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Someone who registers: a fresh address each time, since the server's accounts outlive each test. */
public record Person(String name, String email, String password) {

    public static Person fresh() {
        String token = Token.next();
        return new Person("Camille " + token, "camille." + token + "@example.org", "haies-et-mares-" + token);
    }

    public JsonObject registration() {
        return Json.createObjectBuilder().add("name", name).add("email", email).add("organisation", "Parc naturel")
                .add("territory", "bretagne").add("password", password).add("acceptTerms", true).build();
    }

    public Caller basic() {
        return Caller.account(email, password);
    }

    /** Registers through the API and follows the link of the confirmation e-mail. */
    public Person registeredAndConfirmed(GreenMailExtension mail) {
        Api.post("/api/accounts", Caller.ANONYMOUS, registration()).expect(201);
        Api.get(Mailbox.linkPath(mail, email, "/inscription/confirmer")).expect(200);
        return this;
    }
}
