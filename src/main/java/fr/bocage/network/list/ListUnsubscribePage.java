package fr.bocage.network.list;

/** /reseaux/{slug}/liste/desabonnement: a button to stop receiving the list's e-mails, or that it is done. */
public record ListUnsubscribePage(String slug, String networkName, boolean done) {
}
