package fr.bocage.platform;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/** An error meant for the client: an HTTP status and a message a person understands (in French). */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Response.StatusType status;
    private final URI location;

    public ApiException(Response.StatusType status, String message) {
        this(status, message, null);
    }

    public ApiException(Response.StatusType status, String message, URI location) {
        super(message);
        this.status = status;
        this.location = location;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(Response.Status.BAD_REQUEST, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(Response.Status.NOT_FOUND, message);
    }

    public Response.StatusType status() {
        return status;
    }

    /** Where the conflicting or related resource lives, when there is one. */
    public URI location() {
        return location;
    }
}
