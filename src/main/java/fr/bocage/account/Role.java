package fr.bocage.account;

/** Role names, as used in {@code @RolesAllowed} and stored as the account's groups. */
public final class Role {
    public static final String ADMIN = "admin";
    public static final String MODERATOR = "moderator";
    public static final String CONTRIBUTOR = "contributor";
    public static final String TRAINER = "trainer";

    private Role() {
    }
}
