package fr.bocage.platform.rest;

import fr.bocage.platform.Causes;
import fr.bocage.platform.Messages;
import fr.bocage.platform.web.ApiError;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps JAX-RS's own answers (404 on an unknown path, 405, 415…) but gives them a JSON body, and turns any other
 * failure into a 500 whose reference lets an operator find the stack trace in the log (a concurrent change of the
 * same resource, or a transaction rolled back by a lock held at the same instant, is a 409).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return json(status, Messages.get("error.http." + status.getStatusCode(), status.getReasonPhrase()));
        }
        if (isUnreadableBody(e)) {
            // The client's mistake, not the server's: a 400 that says so, and no stack trace in the log.
            return json(Response.Status.BAD_REQUEST, Messages.get("error.body.unreadable"));
        }
        if (isConcurrentChange(e)) {
            return json(Response.Status.CONFLICT, Messages.get("error.concurrent-change"));
        }
        if (isRolledBackByContention(e)) {
            return json(Response.Status.CONFLICT, Messages.get("error.contention"));
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, e);
        return json(Response.Status.INTERNAL_SERVER_ERROR, Messages.format("error.unexpected", reference));
    }

    /**
     * A body that is not JSON, or not the JSON expected (a string where an object goes, a number out of range), or a
     * multipart body without boundary or with over-long lines: JSON-B and RESTEasy report those as exceptions of
     * their own, which would otherwise be a 500.
     */
    private static boolean isUnreadableBody(Throwable e) {
        return Causes.anyMatch(e, c -> c instanceof JsonbException || c instanceof JsonException
                || c.getClass().getName().startsWith("org.apache.james.mime4j.")
                || c instanceof IOException && String.valueOf(c.getMessage()).startsWith("RESTEASY007550"));
    }

    /** Two people changed the same row at once (its version moved): the later one is told to look again. */
    private static boolean isConcurrentChange(Throwable e) {
        return Causes.anyMatch(e, OptimisticLockException.class::isInstance);
    }

    /**
     * A lock timeout, a deadlock or a serialization failure (SQL state class 40, Derby's and PostgreSQL's alike) rolled
     * the transaction back, nothing was written: the same request may be sent again. Derby also says so when rows go
     * into a table with an identity key at the same instant.
     */
    private static boolean isRolledBackByContention(Throwable e) {
        return Causes.anyMatch(e, c -> c instanceof SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith("40"));
    }

    private static Response json(Response.StatusType status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status.getStatusCode(), status.getReasonPhrase(), message, null, List.of()))
                .build();
    }
}
