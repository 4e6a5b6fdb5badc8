package fr.bocage.network.newsletter;

import fr.bocage.catalog.StringListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A subscriber of the newsletter: pending until the link of the confirmation e-mail is followed (double opt-in:
 * nothing is sent to a pending address but that e-mail), then confirmed. Only the SHA-256 of the confirmation token
 * is kept. Unsubscribing deletes the row: nothing is kept about people who left.
 */
@Entity
@Table(name = "NEWSLETTER_SUBSCRIBER")
public class Subscriber {

    public enum Status { PENDING, CONFIRMED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 320)
    private String email;

    /** Theme codes; none means every theme. */
    @Convert(converter = StringListConverter.class)
    @Column(length = 2000)
    private List<String> themes = List.of();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.PENDING;

    @Column(length = 64)
    private String tokenHash;

    private Instant tokenExpiresAt;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant confirmedAt;

    protected Subscriber() {
    }

    Subscriber(String email, List<String> themes, Instant now) {
        this.email = email;
        this.themes = List.copyOf(themes);
        this.createdAt = now;
    }

    /** A confirmed subscriber at once: the benchmark's bulk load, whose addresses nobody reads. */
    static Subscriber confirmed(String email, List<String> themes, Instant now) {
        Subscriber subscriber = new Subscriber(email, themes, now);
        subscriber.confirm(now);
        return subscriber;
    }

    void awaitConfirmation(String tokenHash, Instant expiresAt, List<String> themes) {
        this.tokenHash = tokenHash;
        this.tokenExpiresAt = expiresAt;
        this.themes = List.copyOf(themes);
    }

    void confirm(Instant now) {
        status = Status.CONFIRMED;
        confirmedAt = now;
        tokenHash = null;
        tokenExpiresAt = null;
    }

    void choose(List<String> newThemes) {
        themes = List.copyOf(newThemes);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public List<String> getThemes() {
        return themes;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isConfirmed() {
        return status == Status.CONFIRMED;
    }

    public Instant getTokenExpiresAt() {
        return tokenExpiresAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
