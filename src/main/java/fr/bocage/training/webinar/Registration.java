package fr.bocage.training.webinar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * Someone's registration to a webinar: personal data, shown only to the webinar's trainer and the administrators,
 * erased on cancellation or on request. The cancellation link's token is kept as its SHA-256 only.
 */
@Entity
@Table(name = "WEBINAR_REGISTRATION", uniqueConstraints = {
        @UniqueConstraint(name = "WEBINAR_REGISTRATION_EMAIL", columnNames = {"WEBINARID", "EMAIL"}),
        @UniqueConstraint(name = "WEBINAR_REGISTRATION_TOKEN", columnNames = {"CANCELTOKENHASH"})})
@NamedQuery(name = Registration.OF_WEBINAR, query = "SELECT r FROM Registration r WHERE r.webinarId = :webinar"
        + " ORDER BY r.id")
@NamedQuery(name = Registration.BY_EMAIL, query = "SELECT r FROM Registration r WHERE r.webinarId = :webinar"
        + " AND r.email = :email")
@NamedQuery(name = Registration.BY_TOKEN, query = "SELECT r FROM Registration r WHERE r.cancelTokenHash = :hash")
@NamedQuery(name = Registration.COUNT_BY_STATUS, query = "SELECT COUNT(r) FROM Registration r"
        + " WHERE r.webinarId = :webinar AND r.status = :status")
@NamedQuery(name = Registration.WAITING_BEFORE, query = "SELECT COUNT(r) FROM Registration r"
        + " WHERE r.webinarId = :webinar AND r.status = fr.bocage.training.webinar.RegistrationStatus.WAITING AND r.id < :id")
@NamedQuery(name = Registration.FIRST_WAITING, query = "SELECT r FROM Registration r WHERE r.webinarId = :webinar"
        + " AND r.status = fr.bocage.training.webinar.RegistrationStatus.WAITING ORDER BY r.id")
public class Registration {
    static final String OF_WEBINAR = "Registration.ofWebinar";
    static final String BY_EMAIL = "Registration.byEmail";
    static final String BY_TOKEN = "Registration.byToken";
    static final String COUNT_BY_STATUS = "Registration.countByStatus";
    static final String WAITING_BEFORE = "Registration.waitingBefore";
    static final String FIRST_WAITING = "Registration.firstWaiting";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long webinarId;

    @Column(nullable = false, length = 200)
    private String name;

    /** In lower case: one registration per address and webinar. */
    @Column(nullable = false, length = 254)
    private String email;

    @Column(length = 300)
    private String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationStatus status;

    @Column(nullable = false, length = 64)
    private String cancelTokenHash;

    @Column(nullable = false)
    private Instant registeredAt;

    /** When the person accepted that their data serve to run the webinar. */
    @Column(nullable = false)
    private Instant consentAt;

    /** Set by the trainer after the event; null until then. */
    private Boolean attended;

    protected Registration() {
    }

    Registration(long webinarId, RegistrationInput input, RegistrationStatus status, String cancelTokenHash,
            Instant now) {
        this.webinarId = webinarId;
        this.name = input.name();
        this.email = input.email();
        this.organisation = input.organisation();
        this.status = status;
        this.cancelTokenHash = cancelTokenHash;
        this.registeredAt = now;
        this.consentAt = now;
    }

    /** Its first e-mail's link is not stored, so the e-mail announcing the place carries a new one. */
    void confirm(String newCancelTokenHash) {
        status = RegistrationStatus.CONFIRMED;
        cancelTokenHash = newCancelTokenHash;
    }

    void markAttendance(boolean present) {
        attended = present;
    }

    public Long getId() {
        return id;
    }

    public long getWebinarId() {
        return webinarId;
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
}
