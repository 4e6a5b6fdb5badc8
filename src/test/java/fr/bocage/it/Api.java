package fr.bocage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The HTTP side of the integration tests: requests to the running {@code bocage-it} server, multipart bodies,
 * JSON answers. Everything the tests send goes over the wire, as a real client would send it.
 */
public final class Api {
    public static final String BASE = System.getProperty("it.base.url", "http://localhost:9089");
    public static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            // Plain HTTP/1.1: no h2c upgrade dance around multipart uploads.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private Api() {
    }

    /** Who sends a request: the administrator, nobody, someone with a wrong password, or any account. */
    public record Caller(Optional<String> authorization) {
        public static final Caller ADMIN = account("admin", ADMIN_PASSWORD);
        public static final Caller ANONYMOUS = new Caller(Optional.empty());
        public static final Caller WRONG_PASSWORD = account("admin", ADMIN_PASSWORD + "-wrong");

        public static Caller account(String user, String password) {
            byte[] pair = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
            return new Caller(Optional.of("Basic " + Base64.getEncoder().encodeToString(pair)));
        }
    }

    /** An answer, its body read in full. */
    public record Answer(int status, HttpResponse<byte[]> raw) {

        public byte[] bytes() {
            return raw.body();
        }

        public String text() {
            return new String(raw.body(), StandardCharsets.UTF_8);
        }

        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(text()))) {
                return reader.readObject();
            }
        }

        public JsonArray jsonArray() {
            try (var reader = Json.createReader(new StringReader(text()))) {
                return reader.readArray();
            }
        }

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        /** Asserts the status, showing the body when it differs. */
        public Answer expect(int expected) {
            assertEquals(expected, status, () -> raw.request().method() + " " + raw.request().uri() + ": " + text());
            return this;
        }

        /** Asserts an error answer as the API writes it: the status, and a message a person can read. */
        public JsonObject expectError(int expected) {
            expect(expected);
            JsonObject error = json();
            assertEquals(expected, error.getInt("status"));
            assertTrue(!error.getString("message", "").isBlank(), () -> "no message in " + error);
            return error;
        }

        /** The id at the end of the Location header. */
        public long locationId() {
            String location = header("Location").orElseThrow(() -> new AssertionError("no Location: " + text()));
            return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        }
    }

    /** A multipart/form-data body, built part by part. */
    public static final class Form {
        private final String boundary = "----bocage-it-" + UUID.randomUUID();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        public static Form file(String fileName, byte[] content) {
            return new Form().part("file", fileName, content);
        }

        public static Form text(String fileName, String content) {
            return file(fileName, content.getBytes(StandardCharsets.UTF_8));
        }

        /** The summary, a theme and the territory that a submission needs besides the type (issue 20). */
        public Form described() {
            return field("summary", "Un résumé pour la modération.").field("theme", "water")
                    .field("territory", "bretagne");
        }

        /** One more file part, named file too. */
        public Form file(String fileName, String content) {
            return part("file", fileName, content.getBytes(StandardCharsets.UTF_8));
        }

        public Form field(String name, String value) {
            return part(name, null, value.getBytes(StandardCharsets.UTF_8));
        }

        private Form part(String name, String fileName, byte[] content) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(name).append('"');
            if (fileName != null) {
                head.append("; filename=\"").append(fileName).append("\"\r\n")
                        .append("Content-Type: application/octet-stream");
            } else {
                head.append("\r\nContent-Type: text/plain; charset=UTF-8");
            }
            head.append("\r\n\r\n");
            body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            return this;
        }

        public HttpRequest.BodyPublisher publisher() {
            ByteArrayOutputStream complete = new ByteArrayOutputStream(body.size() + 64);
            complete.writeBytes(body.toByteArray());
            complete.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            return HttpRequest.BodyPublishers.ofByteArray(complete.toByteArray());
        }

        public String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }
    }

    public static Answer upload(Form form) {
        return upload(form, Caller.ADMIN);
    }

    public static Answer upload(Form form, Caller caller) {
        return upload("/api/resources", form, caller);
    }

    public static Answer upload(String path, Form form, Caller caller) {
        return send(request(path, caller).header("Content-Type", form.contentType()).POST(form.publisher()));
    }

    /** Uploads and returns the new resource's id, failing unless the answer is 201. */
    public static long create(Form form) {
        return upload(form).expect(201).json().getJsonNumber("id").longValue();
    }

    /** An account made by the administrator, with the given roles; the password is derived from the name. */
    public static Caller createAccount(String username, String... roles) {
        var roleList = Json.createArrayBuilder();
        for (String role : roles) {
            roleList.add(role);
        }
        post("/api/admin/accounts", Caller.ADMIN, Json.createObjectBuilder().add("username", username)
                .add("password", passwordOf(username)).add("roles", roleList).build()).expect(201);
        return Caller.account(username, passwordOf(username));
    }

    public static String passwordOf(String username) {
        return "mot-de-passe-de-" + username;
    }

    public static Answer get(String path) {
        return get(path, Caller.ANONYMOUS);
    }

    public static Answer get(String path, Caller caller) {
        return send(request(path, caller).GET());
    }

    public static Answer post(String path, Caller caller) {
        return send(request(path, caller).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public static Answer post(String path, Caller caller, JsonObject json) {
        return send(request(path, caller).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.toString())));
    }

    public static Answer put(String path, JsonObject json) {
        return put(path, Caller.ADMIN, json);
    }

    public static Answer put(String path, Caller caller, JsonObject json) {
        return send("PUT", path, caller, json);
    }

    /** Any method with a JSON body. */
    public static Answer send(String method, String path, Caller caller, JsonObject json) {
        return send(request(path, caller).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json.toString())));
    }

    /** Any method with a body of any type. */
    public static Answer send(String method, String path, Caller caller, String contentType, byte[] body) {
        return send(request(path, caller).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public static Answer delete(String path) {
        return delete(path, Caller.ADMIN);
    }

    public static Answer delete(String path, Caller caller) {
        return send(request(path, caller).DELETE());
    }

    /** GET /api/search with the given parameters, in order, as name-value pairs; a name may repeat. */
    public static Answer search(String... nameValuePairs) {
        return get(searchPath(nameValuePairs));
    }

    private static String searchPath(String... nameValuePairs) {
        List<String> parameters = new ArrayList<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            parameters.add(encode(nameValuePairs[i]) + "=" + encode(nameValuePairs[i + 1]));
        }
        return "/api/search?" + String.join("&", parameters);
    }

    /**
     * Searches until the answer has {@code expectedTotal} hits: changes become searchable at the server's next index
     * refresh, a fraction of a second after the write that made them.
     */
    public static JsonObject searchSettled(long expectedTotal, String... nameValuePairs) {
        return poll(searchPath(nameValuePairs), Caller.ANONYMOUS,
                answer -> answer.status() == 200 && answer.json().getJsonNumber("total").longValue() == expectedTotal,
                Duration.ofSeconds(10)).json();
    }

    /** The ids of the hits of a successful search, in order. */
    public static List<Long> hitIds(JsonObject answer) {
        return answer.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .map(hit -> hit.getJsonNumber("id").longValue()).toList();
    }

    /** Value to count of one facet of a successful search. */
    public static Map<String, Long> facet(JsonObject answer, String dimension) {
        return answer.getJsonObject("facets").getJsonArray(dimension).getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(v -> v.getString("value"), v -> v.getJsonNumber("count").longValue(),
                        (a, b) -> a, LinkedHashMap::new));
    }

    /** Polls a GET until its answer satisfies {@code done}; fails after {@code limit}. */
    public static Answer poll(String path, Caller caller, Predicate<Answer> done, Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        while (true) {
            Answer answer;
            try {
                answer = get(path, caller);
            } catch (UncheckedIOException e) {
                answer = null; // the server is not listening yet
            }
            if (answer != null && done.test(answer)) {
                return answer;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(path + " not done after " + limit + ", last answer: "
                        + (answer == null ? "none" : answer.status() + " " + answer.text()));
            }
            pause();
        }
    }

    /**
     * Waits until the index holds every resource: then whatever was written before is searchable, and a search
     * that does not find an unpublished resource is not merely early.
     */
    public static void awaitIndexed() {
        poll("/api/admin/status", Caller.ADMIN, answer -> {
            JsonObject status = answer.json();
            return status.getJsonNumber("indexedDocuments").longValue() == status.getJsonNumber("resources").longValue();
        }, Duration.ofSeconds(10));
    }

    public static void awaitReady(Duration limit) {
        poll("/health/ready", Caller.ANONYMOUS, answer -> answer.status() == 200, limit);
    }

    private static HttpRequest.Builder request(String path, Caller caller) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(TIMEOUT);
        caller.authorization().ifPresent(value -> builder.header("Authorization", value));
        return builder;
    }

    private static Answer send(HttpRequest.Builder request) {
        return send(CLIENT, request);
    }

    public static Answer send(HttpClient client, HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
