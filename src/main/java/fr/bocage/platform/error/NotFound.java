package fr.bocage.platform.error;

/** Nothing the caller may see has this identity: absent, or not theirs to know of. */
public final class NotFound extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotFound(String message) {
        super(message);
    }
}
