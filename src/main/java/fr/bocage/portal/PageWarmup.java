package fr.bocage.portal;

import fr.bocage.platform.StartupOrder;
import fr.bocage.platform.web.Routes;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Warms the portal up after a start, in the background: once the server says it is ready, its busiest pages are asked
 * for a few times over the loopback address, so that their views are compiled, their classes loaded and the search
 * opened before the first visitor comes (the first request to a page used to take 300 to 450 ms). Off with
 * {@code bocage.warmup.enabled=false}.
 */
@ApplicationScoped
public class PageWarmup {
    private static final Logger LOG = Logger.getLogger(PageWarmup.class.getName());
    private static final List<String> PAGES = List.of(Routes.HOME, Routes.SEARCH,
            Routes.SEARCH + "?q=biodiversit%C3%A9", Routes.SEARCH + "?q=zones+humides&type=guide", Routes.COURSES,
            Routes.WEBINARS, Routes.NETWORK_HUB, Routes.LOGIN, "/api/search?q=eau");
    private static final int ROUNDS = 3;
    private static final Duration READY_WITHIN = Duration.ofMinutes(10);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "http.port", defaultValue = "9080")
    int port;

    @Inject
    @ConfigProperty(name = "bocage.warmup.enabled", defaultValue = "true")
    boolean enabled;

    void onStart(@Observes @Priority(StartupOrder.WARMUP) @Initialized(ApplicationScoped.class) Object ignored) {
        if (enabled) {
            executor.submit(this::warm);
        }
    }

    private void warm() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        URI base = URI.create("http://localhost:" + port);
        try {
            if (!ready(client, base)) {
                LOG.info("Pages not warmed up: the server was not ready within " + READY_WITHIN.toMinutes() + " minutes");
                return;
            }
            long start = System.nanoTime();
            List<String> pages = new ArrayList<>(PAGES);
            firstResource(client, base).ifPresent(pages::add);
            for (int round = 0; round < ROUNDS; round++) {
                for (String page : pages) {
                    get(client, base.resolve(page));
                }
            }
            LOG.info(() -> String.format("Pages warmed up: %d pages, %d rounds, in %d ms", pages.size(), ROUNDS,
                    (System.nanoTime() - start) / 1_000_000));
        } catch (IOException e) {
            LOG.info(() -> "Pages not warmed up: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean ready(HttpClient client, URI base) throws InterruptedException {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get(client, base.resolve("/health/ready")).statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** The page of the first resource search shows, if any. */
    private static Optional<String> firstResource(HttpClient client, URI base) throws IOException, InterruptedException {
        HttpResponse<String> found = client.send(HttpRequest.newBuilder(base.resolve("/api/search?size=1"))
                .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        if (found.statusCode() != 200) {
            return Optional.empty();
        }
        try (var reader = Json.createReader(new StringReader(found.body()))) {
            return reader.readObject().getJsonArray("hits").getValuesAs(JsonObject.class).stream().findFirst()
                    .map(hit -> Routes.RESOURCE + hit.getJsonNumber("id").longValue());
        }
    }

    private static HttpResponse<Void> get(HttpClient client, URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.discarding());
    }
}
