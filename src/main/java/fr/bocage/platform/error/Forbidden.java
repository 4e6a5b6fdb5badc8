package fr.bocage.platform.error;

/** The caller is known but their role or ownership does not allow this. */
public final class Forbidden extends DomainException {
    private static final long serialVersionUID = 1L;

    public Forbidden(String message) {
        super(message);
    }
}
