package fr.bocage.network.membership;

import java.util.List;

/** The networks Bocage hosts, by name, each with its page. */
public record NetworkListPage(List<Row> networks) {

    /** @param territory the territory's label, or null for a network across territories */
    public record Row(String name, String url, String description, String territory) {
    }
}
