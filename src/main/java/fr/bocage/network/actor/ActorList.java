package fr.bocage.network.actor;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;

/** A page of the directory as the API answers it: the published actors found, and the facets' counts. */
@JsonbPropertyOrder({"total", "page", "size", "actors", "facets"})
public record ActorList(long total, int page, int size, List<ActorView> actors, Map<String, List<FacetCount>> facets) {

    @JsonbPropertyOrder({"value", "label", "count"})
    public record FacetCount(String value, String label, long count) {
    }
}
