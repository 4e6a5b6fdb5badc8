package fr.bocage.alert;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.search.FacetVocabulary;
import fr.bocage.search.SearchParameters;
import fr.bocage.search.SearchRequest;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A search as saved: the query string of a search page ({@code q=haies&theme=water}), read the search page's way
 * ({@link SearchParameters}: the same names, codes or labels, the same refusals) and kept in one canonical form. What
 * only concerns a page of results (page, size, sort) is dropped: a feed and a digest list the newest publications.
 */
public final class SavedQuery {
    public static final int MAX_LENGTH = 2000;
    private static final Set<String> PAGING = Set.of("page", "size", "sort");

    private final SearchRequest request;
    private final String canonical;

    private SavedQuery(SearchRequest request) {
        this.request = request;
        this.canonical = canonical(request);
    }

    /** Reads a query string, with or without its leading {@code ?}; anything the search page refuses is refused. */
    public static SavedQuery parse(String queryString, FacetVocabulary vocabulary) {
        String raw = queryString == null ? "" : queryString.strip();
        if (raw.startsWith("?")) {
            raw = raw.substring(1);
        }
        if (raw.length() > MAX_LENGTH) {
            throw new InvalidInput(Messages.format("alert.search.size", MAX_LENGTH));
        }
        return of(parameters(raw), vocabulary);
    }

    /** From parameters already split (a request's), the paging ones ignored. */
    public static SavedQuery of(Map<String, List<String>> parameters, FacetVocabulary vocabulary) {
        Map<String, List<String>> kept = new LinkedHashMap<>(parameters);
        PAGING.forEach(kept::remove);
        SavedQuery query = new SavedQuery(SearchParameters.read(kept, vocabulary));
        if (query.canonical.length() > MAX_LENGTH) {
            throw new InvalidInput(Messages.format("alert.search.size", MAX_LENGTH));
        }
        return query;
    }

    private static Map<String, List<String>> parameters(String raw) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(Messages.get("alert.search.invalid"));
        }
    }

    /** Query, filters in the order given, then the options that differ from the default: one search, one string. */
    private static String canonical(SearchRequest request) {
        List<String> parameters = new ArrayList<>();
        if (!request.query().isEmpty()) {
            add(parameters, "q", request.query());
        }
        request.filters().forEach((dimension, values) -> values.forEach(v -> add(parameters, dimension, v)));
        if (request.exact()) {
            add(parameters, "exact", "true");
        }
        if (!request.includeNational()) {
            add(parameters, "national", "false");
        }
        return String.join("&", parameters);
    }

    private static void add(List<String> parameters, String name, String value) {
        parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    /** The search's newest results first, {@code size} a page: what a feed or a digest runs. */
    public SearchRequest request(int size) {
        return new SearchRequest(request.query(), request.filters(), SearchRequest.Sort.DATE, 1, size, false,
                request.exact(), request.includeNational());
    }

    /** The words searched, empty for everything. */
    public String words() {
        return request.query();
    }

    /** The canonical query string, without {@code ?}; empty for everything published. */
    @Override
    public String toString() {
        return canonical;
    }

    /** {@code path} with this query string. */
    public String on(String path) {
        return canonical.isEmpty() ? path : path + "?" + canonical;
    }
}
