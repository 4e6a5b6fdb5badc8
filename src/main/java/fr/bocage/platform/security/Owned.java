package fr.bocage.platform.security;

/** Something that belongs to an account: a resource, and whatever the feature areas add (actors, actions…). */
public interface Owned {
    /** The owner's user name, or null when nobody owns it (imported, demo). */
    String owner();

    /**
     * Whether {@code username} holds it as its owner would: its owner, and whoever else the item says (the confirmed
     * representatives of an actor). Every ownership check goes through here, so that the access decision stays one.
     */
    default boolean ownedBy(String username) {
        return username != null && username.equals(owner());
    }
}
