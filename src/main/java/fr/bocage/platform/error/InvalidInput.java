package fr.bocage.platform.error;

import java.util.Map;

/**
 * Input the domain cannot take. {@link Reason} tells why when it is not the input's content itself (too large, a
 * format Bocage does not read, a file it cannot process); {@link #fields()} names the fields at fault when known.
 */
public final class InvalidInput extends DomainException {
    private static final long serialVersionUID = 1L;

    public enum Reason { INVALID, TOO_LARGE, UNSUPPORTED_FORMAT, UNPROCESSABLE }

    private final Reason reason;
    private final Map<String, String> fields;

    public InvalidInput(String message) {
        this(Reason.INVALID, message, Map.of());
    }

    public InvalidInput(Reason reason, String message) {
        this(reason, message, Map.of());
    }

    /** @param fields each field at fault with its message, in the order to show them */
    public InvalidInput(Reason reason, String message, Map<String, String> fields) {
        super(message);
        this.reason = reason;
        this.fields = fields;
    }

    public Reason reason() {
        return reason;
    }

    public Map<String, String> fields() {
        return fields;
    }
}
