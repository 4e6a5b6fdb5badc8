package fr.bocage.platform.error;

import java.net.URI;
import java.util.Optional;

/** The request clashes with the current state (a duplicate, a move the status does not allow…). */
public final class Conflict extends DomainException {
    private static final long serialVersionUID = 1L;

    private final URI location;

    public Conflict(String message) {
        this(message, null);
    }

    /** @param location where the conflicting item lives, relative to the API's base, when the caller may see it */
    public Conflict(String message, URI location) {
        super(message);
        this.location = location;
    }

    public Optional<URI> location() {
        return Optional.ofNullable(location);
    }
}
