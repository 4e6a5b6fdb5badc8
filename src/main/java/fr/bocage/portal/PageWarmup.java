package fr.bocage.portal;

import fr.bocage.platform.StartupWarmup;
import fr.bocage.platform.Warmups;
import fr.bocage.platform.web.Routes;
import fr.bocage.search.SearchRequest;
import fr.bocage.search.SearchWarmup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Warms the portal up after a start, in the background: once the application answers, its busiest pages are asked
 * for a few times over the loopback address, then the search warm-up's searches as the API and the search page, so
 * that views, JSON and the whole request path are compiled before the first visitor comes (the first request to a
 * page used to take 300 to 450 ms; the first API searches after the engine's own warm-up, 20 ms at p95). The server
 * is not ready meanwhile ({@link Warmups}). Off with {@code bocage.warmup.enabled=false}.
 */
@ApplicationScoped
public class PageWarmup extends StartupWarmup {
    private static final Logger LOG = Logger.getLogger(PageWarmup.class.getName());
    private static final List<String> PAGES = List.of(Routes.HOME, Routes.SEARCH,
            Routes.SEARCH + "?q=biodiversit%C3%A9", Routes.SEARCH + "?q=zones+humides&type=guide", Routes.COURSES,
            Routes.WEBINARS, Routes.NETWORK_HUB, Routes.LOGIN, "/api/search?q=eau");
    private static final String API_SEARCH = "/api/search";
    private static final int ROUNDS = 3;
    /** The application starts within seconds; the server's readiness waits for this warm-up at most that long. */
    private static final Duration READY_WITHIN = Duration.ofMinutes(2);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** The searches stop there, whatever is left: the server is not ready until they do. */
    private static final Duration SEARCHES_WITHIN = Duration.ofMinutes(1);

    @Inject
    @ConfigProperty(name = "http.port", defaultValue = "9080")
    int port;

    @Inject
    SearchWarmup searches;

    public PageWarmup() {
        super("pages");
    }

    @Override
    protected void warm() {
        // HTTP/1.1: the default upgrade to HTTP/2 was once refused by Liberty with GOAWAY, which ended the warm-up.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
        URI base = URI.create("http://localhost:" + port);
        try {
            if (!answering(client, base)) {
                LOG.info("Pages not warmed up: the application did not answer within " + READY_WITHIN.toMinutes()
                        + " minutes");
                return;
            }
            long start = System.nanoTime();
            List<String> pages = new ArrayList<>(PAGES);
            pages.addAll(oneResourceOfEachType(client, base));
            for (int round = 0; round < ROUNDS; round++) {
                for (String page : pages) {
                    get(client, base.resolve(page));
                }
            }
            int searched = 0;
            for (SearchRequest search : searches.plan()) {
                if (System.nanoTime() - start > SEARCHES_WITHIN.toNanos()) {
                    break;
                }
                get(client, base.resolve(new SearchUrl(API_SEARCH, search).toString()));
                get(client, base.resolve(new SearchUrl(Routes.SEARCH, search).toString()));
                searched++;
            }
            int asked = searched;
            LOG.info(() -> String.format("Pages warmed up: %d pages, %d rounds, %d searches as API and page, in %d ms",
                    pages.size(), ROUNDS, asked, (System.nanoTime() - start) / 1_000_000));
        } catch (IOException | RuntimeException e) {
            LOG.info(() -> "Pages not warmed up: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the application answers searches, soon after its start (the server is not ready before this ends). */
    private static boolean answering(HttpClient client, URI base) throws InterruptedException {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get(client, base.resolve(API_SEARCH + "?size=1")).statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        return false;
    }

    /**
     * The page of one resource of each type search shows: a course or a webinar redirects to a page of its own, so the
     * first hit alone could leave the resource page cold.
     */
    private static List<String> oneResourceOfEachType(HttpClient client, URI base)
            throws IOException, InterruptedException {
        List<String> pages = new ArrayList<>();
        for (JsonValue type : search(client, base, API_SEARCH + "?size=1").getJsonObject("facets")
                .getJsonArray("type")) {
            String code = ((JsonObject) type).getString("value");
            search(client, base, API_SEARCH + "?size=1&type=" + URLEncoder.encode(code, StandardCharsets.UTF_8))
                    .getJsonArray("hits").getValuesAs(JsonObject.class).stream().findFirst()
                    .ifPresent(hit -> pages.add(Routes.RESOURCE + hit.getJsonNumber("id").longValue()));
        }
        return pages;
    }

    private static JsonObject search(HttpClient client, URI base, String path)
            throws IOException, InterruptedException {
        HttpResponse<String> found = client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString());
        if (found.statusCode() != 200) {
            throw new IOException(path + " answered " + found.statusCode());
        }
        try (var reader = Json.createReader(new StringReader(found.body()))) {
            return reader.readObject();
        }
    }

    private static HttpResponse<Void> get(HttpClient client, URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.discarding());
    }
}
