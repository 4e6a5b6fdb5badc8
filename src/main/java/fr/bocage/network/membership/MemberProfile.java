package fr.bocage.network.membership;

import java.util.Set;

/**
 * What a member says of themself (codes already resolved: territory and interests are vocabulary codes) and what
 * they choose to show to the other members; their name is always shown to them.
 */
public record MemberProfile(Long actorId, String role, String territory, Set<String> interests,
        boolean showOrganisation, boolean showRole, boolean showTerritory, boolean showEmail, boolean receivesList) {

    public MemberProfile {
        interests = interests == null ? Set.of() : Set.copyOf(interests);
    }
}
