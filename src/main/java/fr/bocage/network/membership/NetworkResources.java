package fr.bocage.network.membership;

import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.Messages;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.web.Routes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * « Ressources du réseau »: the latest resources the network's accepted members published, whatever the kind. A
 * network has no resources of its own: what its members share is what it brings to the centre. Published public
 * resources only (its members-only news has its own section), the same for every viewer (the section is on the public page; who the members are is not told, only what
 * they published, which is public anyway).
 */
@ApplicationScoped
public class NetworkResources implements NetworkSection {
    static final int LIMIT = 8;

    @Inject
    Memberships memberships;

    @Inject
    ResourceRepository resources;

    @Override
    public String heading() {
        return Messages.get("network.section.resources");
    }

    @Override
    public List<Item> of(Network network, Caller viewer) {
        List<String> members = memberships.inStatus(network, MemberStatus.ACCEPTED).stream()
                .map(Member::getUsername).toList();
        return resources.publishedBy(members, LIMIT).stream()
                .map(r -> new Item(r.getTitle(), Routes.resource(r.getId()), null)).toList();
    }
}
