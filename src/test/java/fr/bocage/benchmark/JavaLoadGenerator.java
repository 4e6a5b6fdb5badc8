package fr.bocage.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The load generator when wrk is not installed: nothing to install, but each connection is a thread with a
 * {@link HttpClient} of its own, which takes a good share of the cores from the server it measures.
 */
final class JavaLoadGenerator implements LoadGenerator {

    @Override
    public String describe() {
        return "Java's HttpClient, a thread per connection (wrk is not installed: apt-get install wrk)";
    }

    @Override
    public Sample drive(URI base, List<String> paths, int connections, Duration period, Duration timeout)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            long start = System.nanoTime();
            long until = start + period.toNanos();
            List<Future<Connection.Outcome>> running = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                Connection connection = new Connection(base, paths, c * 7919, timeout);
                running.add(pool.submit(() -> connection.send(until, Integer.MAX_VALUE)));
            }
            List<Connection.Outcome> outcomes = new ArrayList<>();
            for (Future<Connection.Outcome> outcome : running) {
                outcomes.add(outcome.get());
            }
            long wall = System.nanoTime() - start;
            long[] nanos = outcomes.stream().flatMapToLong(o -> Arrays.stream(o.nanos())).toArray();
            LatencyStats stats = new LatencyStats(nanos, wall);
            return new Sample(nanos.length, wall / 1e9, stats.percentileMillis(50), stats.percentileMillis(99),
                    outcomes.stream().mapToInt(Connection.Outcome::errors).sum(),
                    outcomes.stream().mapToInt(Connection.Outcome::overloaded).sum(),
                    outcomes.stream().mapToInt(Connection.Outcome::timeouts).sum(),
                    outcomes.stream().map(Connection.Outcome::firstError).filter(e -> e != null).findFirst()
                            .orElse(null));
        } finally {
            pool.shutdownNow();
        }
    }

    /** One request to the first path, alone, in milliseconds. */
    static double once(URI base, String path, Duration timeout) throws IOException {
        Connection.Outcome outcome = new Connection(base, List.of(path), 0, timeout).send(Long.MAX_VALUE, 1);
        if (outcome.nanos().length == 0) {
            throw new IOException("the first request to " + path + " failed: " + outcome.firstError());
        }
        return outcome.nanos()[0] / 1e6;
    }

    /** One keep-alive connection sending requests one after the other. */
    private static final class Connection {
        record Outcome(long[] nanos, int errors, int overloaded, int timeouts, String firstError) {
        }

        private final HttpClient client;
        private final URI base;
        private final List<String> paths;
        private final Duration timeout;
        private int next;

        Connection(URI base, List<String> paths, int first, Duration timeout) {
            this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
            this.base = base;
            this.paths = paths;
            this.next = first;
            this.timeout = timeout;
        }

        Outcome send(long deadline, int requests) {
            long[] nanos = new long[1024];
            int count = 0;
            int errors = 0;
            int overloaded = 0;
            int timeouts = 0;
            String firstError = null;
            for (int sent = 0; sent < requests && System.nanoTime() < deadline; sent++) {
                String path = paths.get(Math.floorMod(next++, paths.size()));
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                        .header("Accept", "text/html,application/json").build();
                long start = System.nanoTime();
                try {
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    long took = System.nanoTime() - start;
                    if (response.statusCode() == 200) {
                        if (count == nanos.length) {
                            nanos = Arrays.copyOf(nanos, count * 2);
                        }
                        nanos[count++] = took;
                    } else if (response.statusCode() == 503) {
                        overloaded++;
                    } else {
                        errors++;
                        firstError = firstError == null ? path + ": HTTP " + response.statusCode() : firstError;
                    }
                } catch (HttpTimeoutException e) {
                    timeouts++;
                } catch (IOException e) {
                    errors++;
                    firstError = firstError == null ? path + ": " + e : firstError;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return new Outcome(Arrays.copyOf(nanos, count), errors, overloaded, timeouts, firstError);
        }
    }
}
