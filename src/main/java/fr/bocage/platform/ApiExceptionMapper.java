package fr.bocage.platform;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

@Provider
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ApiException e) {
        String location = e.location() == null ? null : e.location().toString();
        Response.ResponseBuilder response = Response.status(e.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(e.status().getStatusCode(), e.status().getReasonPhrase(), e.getMessage(),
                        location, List.of()));
        if (e.location() != null) {
            response.location(uri.getBaseUri().resolve(e.location()));
        }
        if (e instanceof TooManyRequests tooMany) {
            response.header("Retry-After", TooManyRequests.seconds(tooMany.retryAfter()));
        }
        return response.build();
    }
}
