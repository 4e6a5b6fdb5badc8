package fr.bocage.it.network;

import static fr.bocage.it.Api.Caller.ADMIN;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.bocage.it.Api;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Person;
import fr.bocage.it.Token;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * A network with its animator and members, made through the administrators' API (the membership pages are another
 * area's): members enrolled directly with {@code PUT /api/networks/{slug}/enrolments/{username}}.
 */
public record ListFixture(String slug, Person animator) {

    /** A new network animated by a registered, confirmed person. */
    public static ListFixture create(GreenMailExtension mail) {
        Person animator = Person.fresh().registeredAndConfirmed(mail);
        String slug = "liste-" + Token.next().toLowerCase();
        Api.post("/api/networks", ADMIN, Json.createObjectBuilder().add("slug", slug).add("name", "Réseau " + slug)
                .add("description", "Une liste de diffusion.")
                .add("animators", Json.createArrayBuilder().add(animator.email())).build()).expect(201);
        return new ListFixture(slug, animator);
    }

    /** A registered person, enrolled in {@code status}, receiving the list or not. */
    public Person member(GreenMailExtension mail, String status, boolean receivesList) {
        Person person = Person.fresh().registeredAndConfirmed(mail);
        enrol(person.email(), status, receivesList);
        return person;
    }

    public void enrol(String username, String status, boolean receivesList) {
        JsonObject body = Json.createObjectBuilder().add("status", status).add("receivesList", receivesList).build();
        Api.put("/api/networks/" + slug + "/enrolments/" + username, ADMIN, body).expect(200);
    }

    public String messages() {
        return "/api/networks/" + slug + "/list/messages";
    }

    /** Writes to the list through the API: subject, message and files as (name, content) pairs. */
    public Api.Answer write(Caller caller, String subject, String message, String... files) {
        Api.Form form = null;
        for (int i = 0; i < files.length; i += 2) {
            form = form == null ? Api.Form.text(files[i], files[i + 1])
                    : form.file(files[i], files[i + 1]);
        }
        form = form == null ? new Api.Form() : form;
        return Api.upload(messages(), form.field("subject", subject).field("message", message), caller);
    }
}
