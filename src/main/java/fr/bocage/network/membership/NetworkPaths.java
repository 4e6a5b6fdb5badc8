package fr.bocage.network.membership;

/** The addresses of the networks' pages, in one place: servlets, pages and e-mails link to them. */
public final class NetworkPaths {
    public static final String LIST = "/reseaux";
    public static final String MY_NETWORKS = "/mon-espace/reseaux";

    private NetworkPaths() {
    }

    public static String page(String slug) {
        return NetworkView.PATH + slug;
    }

    public static String join(String slug) {
        return page(slug) + "/adhesion";
    }

    public static String profile(String slug) {
        return page(slug) + "/profil";
    }

    public static String requests(String slug) {
        return page(slug) + "/adhesions";
    }

    public static String members(String slug) {
        return page(slug) + "/membres";
    }

    public static String leave(String slug) {
        return page(slug) + "/quitter";
    }
}
