package fr.bocage.account;

/**
 * Fired when an account's roles, state or password change, so that what remembers credentials or sessions forgets
 * that account at once.
 */
public record AccountChanged(String username) {
}
