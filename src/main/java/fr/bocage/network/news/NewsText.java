package fr.bocage.network.news;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceText;
import fr.bocage.network.membership.Network;
import fr.bocage.network.membership.Networks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A news item is found by its lead, the words of its body as readers see them (no markup) and its network's name. */
@ApplicationScoped
public class NewsText implements ResourceText {

    @Inject
    NewsRepository news;

    @Inject
    Networks networks;

    @Override
    public Optional<String> of(Resource resource) {
        if (!NewsRepository.TYPE.equals(resource.description().type())) {
            return Optional.empty();
        }
        return news.find(resource.getId()).map(n -> Stream.of(resource.description().summary(),
                        NewsBody.plainText(n.getBody()),
                        n.getNetworkId() == null ? null : networks.find(n.getNetworkId()).map(Network::getName).orElse(null))
                .filter(t -> t != null && !t.isBlank()).collect(Collectors.joining("\n\n")));
    }
}
