package fr.bocage.account;

/**
 * The database refused a new account: its user name or e-mail address was taken by another request between the
 * look-up and the insert (two submissions at once). The transaction is lost; the caller decides what that means.
 */
public class AccountTaken extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AccountTaken(Throwable cause) {
        super("user name or e-mail address taken meanwhile", cause);
    }
}
