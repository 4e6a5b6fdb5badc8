package fr.bocage.platform.security;

/** Something that belongs to an account: a resource, and whatever the feature areas add (actors, actions…). */
public interface Owned {
    /** The owner's user name, or null when nobody owns it (imported, demo). */
    String owner();
}
