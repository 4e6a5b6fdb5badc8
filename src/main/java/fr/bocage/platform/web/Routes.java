package fr.bocage.platform.web;

/**
 * Every address of the portal, in one place: servlets are mapped on them and pages, e-mails and redirects link to
 * them, so that a renamed page cannot leave a dead link behind. Those ending with a slash take an id.
 */
public final class Routes {
    public static final String MY_RESOURCE = "/mon-espace/ressources/";
    public static final String CONTRIBUTE = "/contribuer";
    public static final String NEW_VERSION = "/nouvelle-version/";
    public static final String REGISTRANTS = "/webinaires/inscrits/";
    public static final String CANCELLATION = "/webinaires/annulation";
    public static final String CONFIRMATION = "/webinaires/confirmation";
    public static final String MATERIALS = "/supports/";
    public static final String COURSES = "/formations";
    public static final String COURSE = "/formations/";
    public static final String NEW_WEBINAR = "/webinaires/nouveau";
    public static final String EDIT_WEBINAR = "/webinaires/modifier/";
    public static final String WEBINAR = "/webinaires/";
    public static final String MODERATION = "/moderation";
    /** Imports of actors, actions (and, for administrators, a server folder of documents); {@code /{id}}: one job. */
    public static final String IMPORTS = "/moderation/imports";
    public static final String REVIEW = "/moderation/ressources/";
    public static final String MY_SPACE = "/mon-espace";
    /** « Mes abonnements »: the newsletter, the networks' lists and the saved searches, in one place. */
    public static final String MY_SUBSCRIPTIONS = "/mon-espace/abonnements";
    public static final String OIDC_START = "/connexion/oidc";
    public static final String OIDC_CONSENT = "/connexion/oidc/consentement";
    public static final String OIDC_RETURN = "/connexion/oidc/retour";
    public static final String LOGIN = "/connexion";
    public static final String SIGN_UP = "/inscription";
    public static final String SIGN_UP_SENT = "/inscription/envoyee";
    public static final String SIGN_UP_RESEND = "/inscription/renvoyer";
    public static final String SIGN_UP_CONFIRM = "/inscription/confirmer";
    public static final String NEW_PASSWORD = "/nouveau-mot-de-passe";
    public static final String ADMIN_ACCOUNTS = "/admin/comptes";
    // The administration console (issue 18 #4): its dashboard and its sections
    public static final String ADMIN = "/admin";
    public static final String ADMIN_IMPORTS = "/admin/imports";
    public static final String ADMIN_INDEX = "/admin/index";
    public static final String ADMIN_OUTBOX = "/admin/courriels";
    public static final String ADMIN_BACKUPS = "/admin/sauvegardes";
    public static final String FORGOTTEN_PASSWORD = "/mot-de-passe-oublie";
    public static final String SEARCH = "/recherche";
    public static final String RESOURCE = "/ressources/";
    public static final String WEBINARS = "/webinaires";
    public static final String WEBINAR_FEED = "/webinaires.ics";
    public static final String REPORT_FORM = "/contribuer/retour-experience";
    public static final String LOGOUT = "/deconnexion";
    public static final String ACCESSIBILITY = "/accessibilite";
    public static final String LEGAL_NOTICE = "/mentions-legales";
    /** The network's hub: its actors, actions, results, partnerships, networks, agenda, news and newsletter. */
    public static final String NETWORK_HUB = "/reseau";
    public static final String HOME = "/";
    // Saved searches and alerts (issue 14 #7)
    public static final String SEARCH_FEED = "/recherche.atom";
    public static final String SAVED_SEARCHES = "/compte/alertes";
    public static final String NEW_SAVED_SEARCH = "/compte/alertes/nouvelle";
    /** A saved search's feed, {@code /alertes/{token}.atom}, and the page stopping a digest. */
    public static final String ALERTS = "/alertes/";
    public static final String ALERT_STOP = "/alertes/arret";
    // Harvesting (issue 18 #1, #2): OAI-PMH, the sitemap and the robots' rules
    public static final String OAI = "/oai";
    public static final String SITEMAP = "/sitemap.xml";
    public static final String ROBOTS = "/robots.txt";

    private Routes() {
    }

    public static String resource(long id) {
        return RESOURCE + id;
    }

    public static String webinar(long id) {
        return WEBINAR + id;
    }

    public static String course(long id) {
        return COURSE + id;
    }

    public static String editCourse(long id) {
        return course(id) + "/modifier";
    }
}
