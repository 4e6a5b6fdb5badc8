package fr.bocage.account.oidc;

import java.io.Serializable;

/**
 * Who the provider says the person is, once its answer is validated.
 *
 * @param name the person's name if the provider gives one, else null
 */
record OidcIdentity(String email, boolean emailVerified, String name) implements Serializable {
}
