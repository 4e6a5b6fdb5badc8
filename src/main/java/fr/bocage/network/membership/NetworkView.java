package fr.bocage.network.membership;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A network as the API shows it to anyone: animators are not listed (accounts are private). */
@JsonbPropertyOrder({"id", "slug", "name", "description", "territory", "page"})
public record NetworkView(long id, String slug, String name, String description, String territory, String page) {
    /** Where a network's public page is, followed by its slug. */
    public static final String PATH = "/reseaux/";

    static NetworkView of(Network network) {
        return new NetworkView(network.getId(), network.getSlug(), network.getName(), network.getDescription(),
                network.getTerritory(), PATH + network.getSlug());
    }

    static List<NetworkView> of(List<Network> networks) {
        return networks.stream().map(NetworkView::of).toList();
    }
}
