package fr.bocage.event.registration;

/**
 * Pending until the person follows the link e-mailed to their address (no place held, nobody told of it); then
 * confirmed while places remain, else on the waiting list, in order of confirmation.
 */
public enum RegistrationStatus {
    PENDING, CONFIRMED, WAITING
}
