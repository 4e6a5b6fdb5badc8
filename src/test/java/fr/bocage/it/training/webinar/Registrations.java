package fr.bocage.it.training.webinar;

import static fr.bocage.it.Api.Caller.ANONYMOUS;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.bocage.it.Api;
import fr.bocage.it.Mailbox;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Registering to a webinar as a person does: a request, answered alike whether the address was registered or not,
 * then the link of the e-mail sent to the address, which alone takes a place.
 */
public final class Registrations {
    public static final String CONFIRM_PAGE = "/webinaires/confirmation";

    private Registrations() {
    }

    /** The request alone: 202 with the same answer for any address while e-mail confirmation is on. */
    public static Api.Answer request(long webinar, JsonObject person) {
        return Api.post("/api/webinars/" + webinar + "/registrations", ANONYMOUS, person);
    }

    /** Requests, then confirms with the latest link e-mailed to the address: the answer of the confirmation. */
    public static JsonObject register(GreenMailExtension mail, long webinar, JsonObject person) {
        request(webinar, person).expect(202);
        return confirm(mail, person.getString("email")).expect(200).json();
    }

    /** Confirms through the API with the token of the latest confirmation link e-mailed to {@code email}. */
    public static Api.Answer confirm(GreenMailExtension mail, String email) {
        return confirmWith(tokenOf(Mailbox.link(mail, email, CONFIRM_PAGE)));
    }

    public static Api.Answer confirmWith(String token) {
        return Api.post("/api/registrations/confirm", ANONYMOUS, Json.createObjectBuilder().add("token", token).build());
    }

    /** The token of a personal link: its one query parameter, {@code jeton}. */
    public static String tokenOf(String link) {
        String query = URI.create(link).getRawQuery();
        return URLDecoder.decode(query.substring(query.indexOf('=') + 1), StandardCharsets.UTF_8);
    }
}
