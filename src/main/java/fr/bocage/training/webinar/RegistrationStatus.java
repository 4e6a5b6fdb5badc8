package fr.bocage.training.webinar;

/** Confirmed while places remain, then on the waiting list, in order of registration. */
public enum RegistrationStatus {
    CONFIRMED, WAITING
}
