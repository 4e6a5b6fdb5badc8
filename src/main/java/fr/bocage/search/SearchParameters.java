package fr.bocage.search;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.rest.QueryNumber;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Query parameters (q, sort, page, size, exact, national, prefix and the facet filters) read into a {@link SearchRequest} of
 * published resources: the one reading shared by the API and the portal, so that a search URL means the same on both.
 * Anything invalid is a {@link fr.bocage.platform.error.InvalidInput} with a French message.
 */
public final class SearchParameters {
    private static final Set<String> PAGING = Set.of("q", "sort", "page", "size", "exact", "national", "prefix");

    private SearchParameters() {
    }

    /** Filter values are taken as codes or labels; every other parameter name is refused, not ignored. */
    public static SearchRequest read(Map<String, List<String>> parameters, FacetVocabulary vocabulary) {
        int size = QueryNumber.read(first(parameters, "size"), SearchRequest.DEFAULT_SIZE, 1, SearchRequest.MAX_SIZE,
                Messages.get("search.size.invalid"));
        int page = QueryNumber.read(first(parameters, "page"), 1, 1, Integer.MAX_VALUE,
                Messages.get("search.page.invalid"));
        return new SearchRequest(first(parameters, "q"), filters(parameters, vocabulary),
                sort(first(parameters, "sort")), page, size,
                false, "true".equals(first(parameters, "exact")), national(parameters.get("national")))
                .withLastWordPrefix("true".equals(first(parameters, "prefix")));
    }

    /**
     * True unless false. The last value wins: a page's form sends a hidden false before the checkbox's true, so
     * that an unticked box (which sends nothing) can say false while a link without the parameter means true.
     */
    private static boolean national(List<String> values) {
        if (values == null || values.isEmpty()) {
            return true;
        }
        String last = values.get(values.size() - 1).strip();
        if (!last.equals("true") && !last.equals("false")) {
            throw new InvalidInput(Messages.get("search.national.invalid"));
        }
        return last.equals("true");
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static Map<String, List<String>> filters(Map<String, List<String>> parameters, FacetVocabulary vocabulary) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (PAGING.contains(name)) {
                return;
            }
            if (FacetDimension.fromParameter(name).isEmpty()) {
                throw new InvalidInput(Messages.format("search.parameter.unknown", name));
            }
            filters.put(name, values.stream().filter(v -> !v.isBlank()).map(v -> vocabulary.code(name, v)).toList());
        });
        return filters;
    }

    private static SearchRequest.Sort sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return SearchRequest.Sort.RELEVANCE;
        }
        try {
            return SearchRequest.Sort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(Messages.format("search.sort.invalid", sort));
        }
    }
}
