package fr.bocage.portal;

import fr.bocage.platform.web.Routes;
import fr.bocage.search.SearchRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A link to a search page (the search, or a catalogue searching within one type): the whole state of a search lives
 * in its URL, with the API's parameter names.
 */
final class SearchUrl {

    private final String path;
    private final SearchRequest request;

    SearchUrl(String path, SearchRequest request) {
        this.path = path;
        this.request = request;
    }

    /** Everything published, filtered on one value. */
    static String filteredOn(String dimension, String value) {
        return new SearchUrl(Routes.SEARCH, new SearchRequest("", Map.of(dimension, List.of(value)), null, 1,
                SearchRequest.DEFAULT_SIZE, false)).toString();
    }

    /** The same search for other words, from its first page; exact: as typed, without spelling correction. */
    String forQuery(String query, boolean exact) {
        return new SearchUrl(path, new SearchRequest(query, request.filters(), request.sort(), 1, request.size(), false,
                exact, request.includeNational())).toString();
    }

    /** The same search without one filter value, from its first page. */
    String without(String dimension, String value) {
        Map<String, List<String>> filters = new LinkedHashMap<>(request.filters());
        filters.put(dimension, filters.get(dimension).stream().filter(v -> !v.equals(value)).toList());
        return with(filters, 1);
    }

    /** The same words without any filter. */
    String withoutFilters() {
        return with(Map.of(), 1);
    }

    /**
     * The same search without its paging and sort, at {@code otherPath}: its Atom feed ({@code /recherche.atom}, newest
     * publications first), or its parameters alone (an empty path) for saving it.
     */
    String unpaged(String otherPath) {
        return new SearchUrl(otherPath, new SearchRequest(request.query(), request.filters(), null, 1,
                SearchRequest.DEFAULT_SIZE, false, request.exact(), request.includeNational())).toString();
    }

    /** This very page of the search. */
    String current() {
        return page(request.page());
    }

    String page(int page) {
        return with(request.filters(), page);
    }

    private String with(Map<String, List<String>> filters, int page) {
        return new SearchUrl(path, new SearchRequest(request.query(), filters, request.sort(), page, request.size(),
                false, request.exact(), request.includeNational()).withLastWordPrefix(request.lastWordPrefix()))
                .toString();
    }

    /** Defaults are left out, so that links stay short and one search has one address. */
    @Override
    public String toString() {
        List<String> parameters = new ArrayList<>();
        if (!request.query().isEmpty()) {
            add(parameters, "q", request.query());
        }
        request.filters().forEach((dimension, values) -> values.forEach(v -> add(parameters, dimension, v)));
        if (request.sort() != SearchRequest.Sort.RELEVANCE) {
            add(parameters, "sort", request.sort().name().toLowerCase(Locale.ROOT));
        }
        if (request.page() > 1) {
            add(parameters, "page", Integer.toString(request.page()));
        }
        if (request.size() != SearchRequest.DEFAULT_SIZE) {
            add(parameters, "size", Integer.toString(request.size()));
        }
        if (request.exact()) {
            add(parameters, "exact", "true");
        }
        if (!request.includeNational()) {
            add(parameters, "national", "false");
        }
        if (request.lastWordPrefix()) {
            add(parameters, "prefix", "true");
        }
        return parameters.isEmpty() ? path : path + "?" + String.join("&", parameters);
    }

    private static void add(List<String> parameters, String name, String value) {
        parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
