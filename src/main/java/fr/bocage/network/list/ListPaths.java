package fr.bocage.network.list;

/**
 * The list's pages, below a network's page: {@code /reseaux/{slug}/liste} (archive and form),
 * {@code /reseaux/{slug}/liste/moderation} (animators) and {@code /reseaux/{slug}/liste/desabonnement}.
 */
final class ListPaths {
    static final String NETWORKS = "/reseaux/";
    static final String LIST = "/liste";
    static final String MODERATION = "moderation";
    static final String UNSUBSCRIBE = "desabonnement";
    /** Where {@link ListPathFilter} hands the list's pages, whoever serves the other pages below /reseaux. */
    static final String INTERNAL = "/reseaux-liste";

    private ListPaths() {
    }

    static String archive(String slug) {
        return NETWORKS + slug + LIST;
    }

    static String moderation(String slug) {
        return archive(slug) + "/" + MODERATION;
    }

    static String unsubscribe(String slug) {
        return archive(slug) + "/" + UNSUBSCRIBE;
    }
}
