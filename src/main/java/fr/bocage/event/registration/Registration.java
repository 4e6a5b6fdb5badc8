package fr.bocage.event.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * Someone's registration to an event (a webinar, a course session: {@link EventKey}, stored as the resource's id in
 * {@code WEBINARID}, named so when only webinars had them, and the session's key, 0 for a webinar): personal
 * data, shown only to the event's trainer and the administrators,
 * erased on cancellation or on request. It is pending until the person follows the link e-mailed to the address
 * given, so that nobody takes places, or tells an address's registrations, with addresses of others. The links'
 * tokens (confirmation while pending, cancellation afterwards) are kept as their SHA-256 only.
 */
@Entity
@Table(name = "WEBINAR_REGISTRATION", uniqueConstraints = {
        @UniqueConstraint(name = "WEBINAR_REGISTRATION_EMAIL", columnNames = {"WEBINARID", "SESSIONKEY", "EMAIL"}),
        @UniqueConstraint(name = "WEBINAR_REGISTRATION_TOKEN", columnNames = {"CANCELTOKENHASH"}),
        @UniqueConstraint(name = "WEBINAR_REGISTRATION_CONFIRM", columnNames = {"CONFIRMTOKENHASH"})},
        indexes = @Index(name = "WEBINAR_REGISTRATION_ADDRESS", columnList = "EMAIL, CONSENTAT"))
@NamedQuery(name = Registration.OF_EVENT, query = "SELECT r FROM Registration r WHERE r.resourceId = :resource AND r.session = :session"
        + " ORDER BY r.id")
@NamedQuery(name = Registration.REGISTERED_OF_EVENT, query = "SELECT r FROM Registration r"
        + " WHERE r.resourceId = :resource AND r.session = :session AND r.status <> fr.bocage.event.registration.RegistrationStatus.PENDING"
        + " ORDER BY r.registeredAt, r.id")
@NamedQuery(name = Registration.BY_EMAIL, query = "SELECT r FROM Registration r WHERE r.resourceId = :resource AND r.session = :session"
        + " AND r.email = :email")
@NamedQuery(name = Registration.OF_RESOURCE, query = "SELECT r FROM Registration r WHERE r.resourceId = :resource"
        + " ORDER BY r.id")
@NamedQuery(name = Registration.BY_TOKEN, query = "SELECT r FROM Registration r WHERE r.cancelTokenHash = :hash")
@NamedQuery(name = Registration.BY_CONFIRM_TOKEN, query = "SELECT r FROM Registration r"
        + " WHERE r.confirmTokenHash = :hash AND r.status = fr.bocage.event.registration.RegistrationStatus.PENDING")
@NamedQuery(name = Registration.COUNT_BY_STATUS, query = "SELECT COUNT(r) FROM Registration r"
        + " WHERE r.resourceId = :resource AND r.session = :session AND r.status = :status")
@NamedQuery(name = Registration.WAITING_BEFORE, query = "SELECT COUNT(r) FROM Registration r"
        + " WHERE r.resourceId = :resource AND r.session = :session AND r.status = fr.bocage.event.registration.RegistrationStatus.WAITING"
        + " AND (r.registeredAt < :at OR (r.registeredAt = :at AND r.id < :id))")
@NamedQuery(name = Registration.FIRST_WAITING, query = "SELECT r FROM Registration r WHERE r.resourceId = :resource AND r.session = :session"
        + " AND r.status = fr.bocage.event.registration.RegistrationStatus.WAITING ORDER BY r.registeredAt, r.id")
@NamedQuery(name = Registration.OF_ADDRESS_SINCE, query = "SELECT COUNT(r), MIN(r.consentAt) FROM Registration r"
        + " WHERE r.email = :email AND r.consentAt > :since")
@NamedQuery(name = Registration.PURGE_PENDING, query = "DELETE FROM Registration r"
        + " WHERE r.status = fr.bocage.event.registration.RegistrationStatus.PENDING AND r.confirmExpiresAt < :now"
        + " AND r.consentAt < :before")
public class Registration {
    static final String OF_EVENT = "Registration.ofEvent";
    static final String REGISTERED_OF_EVENT = "Registration.registeredOfEvent";
    static final String BY_EMAIL = "Registration.byEmail";
    static final String OF_RESOURCE = "Registration.ofResource";
    static final String BY_TOKEN = "Registration.byToken";
    static final String BY_CONFIRM_TOKEN = "Registration.byConfirmToken";
    static final String COUNT_BY_STATUS = "Registration.countByStatus";
    static final String WAITING_BEFORE = "Registration.waitingBefore";
    static final String FIRST_WAITING = "Registration.firstWaiting";
    static final String OF_ADDRESS_SINCE = "Registration.ofAddressSince";
    static final String PURGE_PENDING = "Registration.purgePending";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "WEBINARID", nullable = false)
    private long resourceId;

    /** {@link EventKey#session}: 0 for a webinar. */
    @Column(name = "SESSIONKEY", nullable = false)
    private int session;

    @Column(nullable = false, length = 200)
    private String name;

    /** In lower case: one registration per address and event. */
    @Column(nullable = false, length = 254)
    private String email;

    @Column(length = 300)
    private String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationStatus status;

    /** Null while pending: the link to the registration's page is sent once it is confirmed or waiting. */
    @Column(length = 64)
    private String cancelTokenHash;

    /** Set while pending, cleared once used: the link that confirms can serve once. */
    @Column(length = 64)
    private String confirmTokenHash;

    private Instant confirmExpiresAt;

    /** When the registration took effect (confirmed or waiting): the waiting list's order. */
    @Column(nullable = false)
    private Instant registeredAt;

    /** When the person accepted that their data serve to run the event: their latest request. */
    @Column(nullable = false)
    private Instant consentAt;

    /** Set by the trainer after the event; null until then. */
    private Boolean attended;

    protected Registration() {
    }

    /** Pending, until {@link #request} gives the person's data. */
    Registration(EventKey event, Instant now) {
        this.resourceId = event.resource();
        this.session = event.session();
        this.status = RegistrationStatus.PENDING;
        this.registeredAt = now;
    }

    /** The person's data as their latest request gives them: a request made again while pending replaces them. */
    void request(RegistrationInput input, Instant now) {
        this.name = input.name();
        this.email = input.email();
        this.organisation = input.organisation();
        this.consentAt = now;
    }

    /** A new confirmation link for a pending registration, the former one no longer valid. */
    void awaitConfirmation(String tokenHash, Instant expiresAt) {
        confirmTokenHash = tokenHash;
        confirmExpiresAt = expiresAt;
    }

    boolean confirmationExpired(Instant now) {
        return !now.isBefore(confirmExpiresAt);
    }

    /**
     * Takes effect, confirmed or waiting, with its personal page's link: its confirmation link is spent, and its
     * place in the waiting list is from now.
     */
    void register(RegistrationStatus placed, String newCancelTokenHash, Instant now) {
        status = placed;
        cancelTokenHash = newCancelTokenHash;
        confirmTokenHash = null;
        confirmExpiresAt = null;
        registeredAt = now;
    }

    /** From the waiting list to a place; its former link is not stored, so the e-mail saying so carries a new one. */
    void promote(String newCancelTokenHash) {
        status = RegistrationStatus.CONFIRMED;
        cancelTokenHash = newCancelTokenHash;
    }

    void markAttendance(boolean present) {
        attended = present;
    }

    public Long getId() {
        return id;
    }

    /** The event registered to. */
    public EventKey event() {
        return new EventKey(resourceId, session);
    }

    /** The resource (webinar, course) of the event registered to. */
    public long getResourceId() {
        return resourceId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public Boolean getAttended() {
        return attended;
    }

    /** When a pending registration's link expires; null once it took effect. */
    Instant getConfirmExpiresAt() {
        return confirmExpiresAt;
    }
}
