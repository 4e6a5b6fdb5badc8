package fr.bocage.platform.security;

import java.util.List;

/** Role names, as used in {@code @RolesAllowed} and stored as the account's groups. */
public final class Role {
    public static final String ADMIN = "admin";
    public static final String MODERATOR = "moderator";
    public static final String CONTRIBUTOR = "contributor";
    public static final String TRAINER = "trainer";
    /** A metrics scraper (Prometheus): reads /api/metrics and nothing else. */
    public static final String METRICS = "metrics";

    /** Every role, in the order pages list them. */
    public static final List<String> ALL = List.of(CONTRIBUTOR, TRAINER, MODERATOR, ADMIN, METRICS);

    private Role() {
    }
}
