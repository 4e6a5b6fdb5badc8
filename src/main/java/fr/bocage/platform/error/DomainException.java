package fr.bocage.platform.error;

/**
 * A request the domain refuses, with a message a person understands (in French). Services and rules throw its
 * kinds; the REST layer and the portal each turn them into their own answer (JSON, or the French error page).
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFound, Gone, Forbidden, Conflict, InvalidInput, TooManyRequests {
    private static final long serialVersionUID = 1L;

    protected DomainException(String message) {
        super(message);
    }
}
