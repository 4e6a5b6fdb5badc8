package fr.bocage.network.membership;

import java.util.List;

/** The requests that wait for a network's animators, oldest first, each to accept or refuse with a message. */
public record MembershipRequestsPage(String networkName, String slug, List<Row> requests, String notice) {

    /**
     * What an animator needs to decide: who asks, their organisation (even a proposed one, still in moderation:
     * the person shows it to the animators by asking), role, territory and interests.
     */
    public record Row(long id, String name, String email, String organisation, String role, String territory,
            String interests, String requestedAt) {
    }
}
