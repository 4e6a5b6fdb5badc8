package fr.bocage.account;

import java.util.Optional;

/** A way to log in other than the password form (single sign-on), offered as a button on the login page. */
public interface ExternalLogin {

    /** The button's label and where it leads. */
    record LoginButton(String name, String href) {
    }

    /**
     * @param returnTo the local path to go back to after the login, or null
     * @return the login page's button; empty when this way is off
     */
    Optional<LoginButton> loginButton(String returnTo);
}
