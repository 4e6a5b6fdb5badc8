package fr.bocage.platform.rest;

import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.error.TooManyRequests;
import fr.bocage.platform.web.ApiError;
import fr.bocage.platform.web.ErrorStatus;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.List;

/** A domain refusal as the API answers it: its status and the JSON error body, with its fields and location. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(DomainException e) {
        int code = ErrorStatus.of(e);
        Response.Status status = Response.Status.fromStatusCode(code);
        URI location = e instanceof Conflict conflict ? conflict.location().orElse(null) : null;
        List<String> details = e instanceof InvalidInput invalid
                ? invalid.fields().entrySet().stream().map(f -> f.getKey() + " : " + f.getValue()).toList()
                : List.of();
        String reason = status == null ? "Unprocessable Content" : status.getReasonPhrase();
        Response.ResponseBuilder response = Response.status(code)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(code, reason, e.getMessage(),
                        location == null ? null : location.toString(), details));
        if (location != null) {
            response.location(uri.getBaseUri().resolve(location));
        }
        if (e instanceof TooManyRequests tooMany) {
            response.header("Retry-After", TooManyRequests.seconds(tooMany.retryAfter()));
        }
        return response.build();
    }
}
