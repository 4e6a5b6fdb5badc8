package fr.bocage.portal.harvest;

import fr.bocage.platform.Messages;

/**
 * A request the protocol refuses, with its error code. OAI-PMH answers these with HTTP 200 and an error element
 * (section 3.6 of the protocol): harvesters read the code, and an HTTP error would read as the server failing.
 */
final class OaiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    enum Code {
        badArgument, badResumptionToken, badVerb, cannotDisseminateFormat, idDoesNotExist, noRecordsMatch
    }

    private final Code code;

    private OaiError(Code code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** @param key a message key under {@code oai.error.}, with its arguments */
    static OaiError of(Code code, String key, Object... arguments) {
        return new OaiError(code, Messages.format("oai.error." + key, arguments));
    }

    Code code() {
        return code;
    }

    /** badVerb and badArgument leave the request element without attributes: they were not a valid request. */
    boolean echoesArguments() {
        return code != Code.badVerb && code != Code.badArgument;
    }
}
