package fr.bocage.platform.web;

import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.error.Forbidden;
import fr.bocage.platform.error.Gone;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.error.TooManyRequests;



/** The one table from domain refusals to HTTP statuses, for the API and the portal alike. */
public final class ErrorStatus {
    private ErrorStatus() {
    }

    public static int of(DomainException e) {
        if (e instanceof NotFound) {
            return 404;
        } else if (e instanceof Gone) {
            return 410;
        } else if (e instanceof Forbidden) {
            return 403;
        } else if (e instanceof Conflict) {
            return 409;
        } else if (e instanceof TooManyRequests) {
            return 429;
        }
        return switch (((InvalidInput) e).reason()) {
            case INVALID -> 400;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_FORMAT -> 415;
            case UNPROCESSABLE -> 422;
        };
    }
}
