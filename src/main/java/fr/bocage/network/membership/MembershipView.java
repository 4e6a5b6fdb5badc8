package fr.bocage.network.membership;

import fr.bocage.platform.rest.ApiNames;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * A membership as its own person, or the network's animators, see it through the API: where it stands, what the
 * person says and chooses to show. The {@code id} is what animators accept or refuse.
 */
@JsonbPropertyOrder({"id", "network", "username", "status", "actorId", "role", "territory", "interests",
        "showOrganisation", "showRole", "showTerritory", "showEmail", "receivesList", "requestedAt", "decidedAt",
        "decisionMessage"})
public record MembershipView(long id, String network, String username, String status, Long actorId, String role,
        String territory, List<String> interests, boolean showOrganisation, boolean showRole, boolean showTerritory,
        boolean showEmail, boolean receivesList, Instant requestedAt, Instant decidedAt, String decisionMessage) {

    static MembershipView of(Network network, Member member) {
        MemberProfile p = member.getProfile();
        return new MembershipView(member.getId(), network.getSlug(), member.getUsername(),
                ApiNames.of(member.getStatus()), p.actorId(), p.role(), p.territory(),
                p.interests().stream().sorted().toList(), p.showOrganisation(), p.showRole(), p.showTerritory(),
                p.showEmail(), p.receivesList(), member.getRequestedAt(), member.getDecidedAt(),
                member.getDecisionMessage());
    }
}
