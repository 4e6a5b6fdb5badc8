package fr.bocage.benchmark;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/** The endpoints of the Bocage REST API, and the portal pages, the benchmark uses. */
final class ServerApi {

    private final URI base;
    private final String adminAuthorization;
    // HTTP/1.1 on purpose: the default (HTTP/2) would try an h2c upgrade on every plain-HTTP request.
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    ServerApi(URI base, String adminPassword) {
        this.base = base;
        this.adminAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
    }

    URI base() {
        return base;
    }

    /** {@code POST /api/resources}: the file and its catalogue fields, as an administrator. */
    HttpResponse<String> upload(CorpusCsv.Entry document) throws IOException, InterruptedException {
        String contentType = Files.probeContentType(document.file());
        MultipartBody body = new MultipartBody()
                .file("file", document.file(), contentType != null ? contentType : "application/octet-stream")
                .field("title", document.title())
                .field("type", document.type())
                .field("theme", document.theme())
                .field("territory", document.region())
                .field("year", document.year())
                .field("language", document.language());
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/resources"))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", adminAuthorization)
                .header("Content-Type", body.contentType())
                .POST(body.publisher())
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** {@code POST /api/admin/imports}: the server imports {@code folder} of its import root, published. */
    HttpResponse<String> startImport(String folder) throws IOException, InterruptedException {
        String body = Json.createObjectBuilder().add("folder", folder).add("csv", "metadata.csv").add("publish", true)
                .build().toString();
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/admin/imports"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", adminAuthorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** {@code POST /api/admin/backups}: a backup of everything that is state, and its manifest. */
    JsonObject backup() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/admin/backups"))
                .timeout(Duration.ofMinutes(30))
                .header("Authorization", adminAuthorization)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IOException("POST /api/admin/backups answered " + response.statusCode() + ": "
                    + abbreviate(response.body()));
        }
        return json(response.body());
    }

    /** {@code GET /api/admin/imports/{id}}: an import's progress. */
    JsonObject importJob(long id) throws IOException, InterruptedException {
        return adminGet("/api/admin/imports/" + id);
    }

    /** {@code GET /api/admin/reindex}: the progress of the index's last rebuild, repair or check. */
    JsonObject reindexProgress() throws IOException, InterruptedException {
        return adminGet("/api/admin/reindex");
    }

    /** {@code GET /api/admin/status}: heap and resource counts. */
    JsonObject status() throws IOException, InterruptedException {
        return adminGet("/api/admin/status");
    }

    private JsonObject adminGet(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(5))
                .header("Authorization", adminAuthorization)
                .header("Accept", "application/json")
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401) {
            throw new IOException("GET " + path + " answered 401: the administrator's password of a data folder is the"
                    + " one of the run that created it; pass it again (-Dbench.password=bench-admin-<that run's time>,"
                    + " printed in its log as --password=…)");
        }
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        return json(response.body());
    }

    /** {@code POST} of a JSON body as an administrator. */
    HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofMinutes(1))
                .header("Authorization", adminAuthorization)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** {@code GET} of an API address, anonymous, in JSON. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** {@code GET /api/search}, anonymous, first page of 10. */
    HttpResponse<String> search(String query, Map<String, String> filters) throws IOException, InterruptedException {
        String parameters = filters.entrySet().stream()
                .map(e -> "&" + e.getKey() + "=" + encode(e.getValue()))
                .collect(Collectors.joining());
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/search?q=" + encode(query) + parameters + "&page=1&size=10"))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until the server says it is ready ({@code /health/ready}), five minutes at most. */
    void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            try {
                if (page("/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("the server was not ready within 5 minutes");
            }
            Thread.sleep(200);
        }
    }

    /** {@code GET} of a portal page or static file, anonymous, as a browser asks for it. */
    HttpResponse<byte[]> page(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,*/*")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }

    /** Percent-encodes a query value; a space becomes %20 rather than '+', which not every decoder reads as a space. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
