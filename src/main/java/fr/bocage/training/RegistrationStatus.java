package fr.bocage.training;

/** Confirmed while places remain, then on the waiting list, in order of registration. */
public enum RegistrationStatus {
    CONFIRMED, WAITING
}
