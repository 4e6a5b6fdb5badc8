package fr.bocage.network.news;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;

/** A page of news as the API answers it: the published items found, and the facets' counts. */
@JsonbPropertyOrder({"total", "page", "size", "news", "facets"})
public record NewsList(long total, int page, int size, List<NewsView> news, Map<String, List<FacetCount>> facets) {

    @JsonbPropertyOrder({"value", "label", "count"})
    public record FacetCount(String value, String label, long count) {
    }
}
