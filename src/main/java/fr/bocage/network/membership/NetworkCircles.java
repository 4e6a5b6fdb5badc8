package fr.bocage.network.membership;

import fr.bocage.platform.security.CircleMembership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;

/**
 * The networks' circles: {@code network:{id}} holds the network's accepted members and its animators, who alone see
 * its members-only content (list archives, their attachments). The catalog and the search ask through
 * {@link CircleMembership}, so they know nothing of networks.
 */
@ApplicationScoped
public class NetworkCircles implements CircleMembership {

    @Inject
    Memberships memberships;

    @Inject
    Networks networks;

    @Override
    public Set<String> circlesOf(String username) {
        Set<String> circles = new HashSet<>();
        memberships.networksOf(username).forEach(id -> circles.add(Network.circle(id)));
        networks.animatedBy(username).forEach(n -> circles.add(n.circle()));
        return circles;
    }
}
