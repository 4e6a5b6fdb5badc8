package fr.bocage.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Api.Form;
import fr.bocage.it.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus endpoint (issue 18 #3): who may read it, what it lists, and counters that move with an upload, a
 * search and a page.
 */
class MetricsIT {
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void administratorsAndScrapersReadItNobodyElse() {
        String suffix = Token.next();
        Api.get("/api/metrics").expectError(401);
        for (String role : List.of("contributor", "moderator", "trainer")) {
            Caller caller = Api.createAccount("metriques-" + role + "-" + suffix, role);
            Api.get("/api/metrics", caller).expectError(403);
        }
        Api.Answer forAdmin = Api.get("/api/metrics", Caller.ADMIN).expect(200);
        String type = forAdmin.header("Content-Type").orElseThrow();
        assertTrue(type.startsWith("text/plain") && type.contains("version=0.0.4"), type);

        Caller scraper = Api.createAccount("prometheus-" + suffix, "metrics");
        Api.get("/api/metrics", scraper).expect(200);
        Api.get("/api/admin/accounts", scraper).expectError(403);
        Api.get("/api/admin/status", scraper).expectError(403);
        Api.upload(Form.text("scraper.txt", "Le collecteur ne dépose rien " + suffix), scraper).expectError(403);
    }

    @Test
    void listsTheServerSignsOfLife() {
        Map<String, Double> samples = scrape();
        for (String name : List.of("jvm_memory_used_bytes{area=\"heap\"", "jvm_gc_pause_seconds_count",
                "process_uptime_seconds", "bocage_index_documents", "bocage_index_size_bytes",
                "bocage_mail_outbox_messages{state=\"pending\"}", "bocage_mail_outbox_messages{state=\"failed\"}",
                "bocage_import_running", "bocage_extraction_worker_restarts_total")) {
            assertTrue(samples.keySet().stream().anyMatch(key -> key.startsWith(name)), () -> name + " in " + samples.keySet());
        }
        assertTrue(value(samples, "bocage_index_size_bytes") > 0, samples::toString);
    }

    @Test
    void countersMoveAfterAnUploadASearchAndAPage() {
        String token = Token.next();
        Map<String, Double> before = scrape();
        long id = Api.create(Form.text("metriques-" + token + ".txt", "Compteurs des haies bocagères " + token));
        Api.awaitIndexed();
        Api.get("/api/search?q=" + token).expect(200);
        Api.get("/recherche?q=" + token).expect(200);
        Api.get("/api/resources/" + id, Caller.ADMIN).expect(200);
        Map<String, Double> after = scrape();
        assertTrue(after.get("bocage_index_documents") >= 1, after::toString);

        for (String series : List.of(
                "bocage_ingest_extraction_seconds_count{outcome=\"ok\"}",
                "bocage_search_seconds_count{kind=\"search\"}",
                "http_server_requests_seconds_count{method=\"POST\",route=\"/api/resources\",status=\"201\"}",
                "http_server_requests_seconds_count{method=\"GET\",route=\"/api/search\",status=\"200\"}",
                "http_server_requests_seconds_count{method=\"GET\",route=\"/api/resources/{id}\",status=\"200\"}",
                "http_server_requests_seconds_count{method=\"GET\",route=\"/recherche\",status=\"200\"}")) {
            assertTrue(after.getOrDefault(series, 0.0) >= before.getOrDefault(series, 0.0) + 1,
                    () -> series + ": " + before.get(series) + " then " + after.get(series));
        }
        String bucket = "http_server_requests_seconds_bucket{le=\"+Inf\",method=\"GET\",route=\"/api/search\",status=\"200\"}";
        assertEquals(after.get("http_server_requests_seconds_count{method=\"GET\",route=\"/api/search\",status=\"200\"}"),
                after.get(bucket), after::toString);
    }

    /** Each sample by its name and labels, the labels in name order as {@code name{a="1",b="2"}}. */
    private static Map<String, Double> scrape() {
        Map<String, Double> samples = new HashMap<>();
        for (String line : Api.get("/api/metrics", Caller.ADMIN).expect(200).text().split("\n")) {
            Matcher sample = SAMPLE.matcher(line.strip());
            if (line.startsWith("#") || !sample.matches()) {
                continue;
            }
            StringBuilder key = new StringBuilder(sample.group(1));
            if (sample.group(2) != null) {
                Map<String, String> labels = new java.util.TreeMap<>();
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
                StringBuilder joined = new StringBuilder();
                labels.forEach((name, value) -> joined.append(joined.length() == 0 ? "" : ",")
                        .append(name).append("=\"").append(value).append('"'));
                key.append('{').append(joined).append('}');
            }
            samples.put(key.toString(), Double.parseDouble(sample.group(3)));
        }
        return samples;
    }

    private static double value(Map<String, Double> samples, String name) {
        return samples.entrySet().stream().filter(e -> e.getKey().equals(name) || e.getKey().startsWith(name + "{"))
                .mapToDouble(Map.Entry::getValue).findFirst().orElse(Double.NaN);
    }
}
