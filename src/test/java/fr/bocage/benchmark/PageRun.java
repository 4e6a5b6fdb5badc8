package fr.bocage.benchmark;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Portal pages as a visitor gets them: the home page, search pages (queries crossed with facet filters, as in
 * {@link QueryRun}, one per filter set) and the first resource pages, fetched one at a time after a warm-up. Over loopback HTTP the time is the
 * server's rendering time. A page's weight is its largest HTML plus the stylesheet, script and icon every page loads.
 */
final class PageRun {

    static final List<String> ASSETS = List.of("/static/bocage.css", "/static/portal.js", "/static/favicon.svg");
    /** Resource pages measured: the first results of an empty search. */
    private static final int RESOURCES = 10;

    record Page(String name, LatencyStats latency, long maxHtmlBytes) {
    }

    record Result(List<Page> pages, long assetBytes, int failures, List<String> firstErrors) {
    }

    private final ServerApi api;
    private final List<String> errors = new ArrayList<>();
    private int failures;

    PageRun(ServerApi api) {
        this.api = api;
    }

    Result run(int warmup, int measured) throws Exception {
        long assets = 0;
        for (String asset : ASSETS) {
            assets += fetch(asset).length;
        }
        List<String> searches = new ArrayList<>();
        for (int i = 0; i < QueryRun.FILTERS.size(); i++) {
            searches.add(searchPath(QueryRun.QUERIES.get(i * 7 % QueryRun.QUERIES.size()), QueryRun.FILTERS.get(i)));
        }
        List<String> resources = ServerApi.json(api.search("", Map.of()).body()).getJsonArray("hits")
                .getValuesAs(JsonObject.class).stream().limit(RESOURCES)
                .map(hit -> "/ressources/" + hit.getJsonNumber("id").longValue()).toList();
        List<Page> pages = List.of(
                measure("/", i -> "/", warmup, measured),
                measure("/recherche", i -> searches.get(i % searches.size()), warmup, measured),
                measure("/ressources/{id}", i -> resources.get(i % resources.size()), warmup, measured));
        return new Result(pages, assets, failures, List.copyOf(errors));
    }

    private Page measure(String name, IntFunction<String> paths, int warmup, int measured) throws Exception {
        for (int i = 0; i < warmup; i++) {
            fetch(paths.apply(i));
        }
        long[] nanos = new long[measured];
        long maxBytes = 0;
        long wall = System.nanoTime();
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            byte[] html = fetch(paths.apply(i));
            nanos[i] = System.nanoTime() - start;
            maxBytes = Math.max(maxBytes, html.length);
        }
        return new Page(name, new LatencyStats(nanos, System.nanoTime() - wall), maxBytes);
    }

    private byte[] fetch(String path) throws Exception {
        HttpResponse<byte[]> response = api.page(path);
        if (response.statusCode() != 200) {
            failures++;
            if (errors.size() < 5) {
                errors.add(path + ": HTTP " + response.statusCode());
            }
        }
        return response.body();
    }

    private static String searchPath(String q, Map<String, String> filters) {
        return "/recherche?q=" + ServerApi.encode(q) + filters.entrySet().stream()
                .map(e -> "&" + e.getKey() + "=" + ServerApi.encode(e.getValue())).collect(Collectors.joining());
    }
}
