package fr.bocage.platform.security;

import java.util.Set;

/**
 * Who belongs to which circle: a circle (« network:12 », later « project:5 ») names the people who may see an item
 * limited to it once published. Each area that has members implements this (the networks'
 * {@code Memberships}); the catalog and the search ask {@link Circles}, which unites their answers, so that the
 * floors below never depend on the areas above.
 */
public interface CircleMembership {

    /** The circles this account is inside (never null; empty for an unknown account). */
    Set<String> circlesOf(String username);
}
