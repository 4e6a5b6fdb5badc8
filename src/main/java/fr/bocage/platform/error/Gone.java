package fr.bocage.platform.error;

/** It was public and has been withdrawn: links to it should be dropped. */
public final class Gone extends DomainException {
    private static final long serialVersionUID = 1L;

    public Gone(String message) {
        super(message);
    }
}
