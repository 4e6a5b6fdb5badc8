package fr.bocage.network.newsletter;

/**
 * The pages a link of an e-mail opens, /lettre/confirmation and /lettre/desabonnement: they act only on the button's
 * post, since mail scanners follow links.
 *
 * @param action where the button posts
 * @param token  the link's token, posted back
 * @param kind   {@code confirm} or {@code unsubscribe}: the texts' keys
 */
public record TokenPage(String action, String token, String kind) {
}
