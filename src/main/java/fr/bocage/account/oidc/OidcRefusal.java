package fr.bocage.account.oidc;

/**
 * Why a single sign-on did not log the person in: the notice page to show them ({@code sso.<reason>.title} and
 * {@code .text} of the portal's bundle) with its HTTP status. The log gets the technical detail, the person a
 * French sentence.
 */
class OidcRefusal extends Exception {
    private static final long serialVersionUID = 1L;

    enum Reason {
        /** The provider did not answer (discovery, keys, token), or answered with an error of its own. */
        UNAVAILABLE(503),
        /** The provider sent back an error instead of a code: the person cancelled, or was not let in. */
        CANCELLED(403),
        /** No flow of this browser waits for this answer: expired, replayed, or forged (the state check). */
        EXPIRED(400),
        /** The ID token failed validation (signature, issuer, audience, expiry, nonce) or lacks an address. */
        INVALID(502),
        /** The provider does not vouch for the e-mail address. */
        UNVERIFIED(403),
        /** The account of that address is disabled. */
        DISABLED(403),
        /** An account bears the address as its user name, but not as its address. */
        TAKEN(409);

        final int status;

        Reason(int status) {
            this.status = status;
        }

        String notice() {
            return "sso." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    final Reason reason;

    OidcRefusal(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    OidcRefusal(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }
}
