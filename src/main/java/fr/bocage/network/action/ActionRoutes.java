package fr.bocage.network.action;

/** The portal addresses of actions (platform.web.Routes holds those of the lower floors' pages). */
public final class ActionRoutes {
    public static final String ACTIONS = "/actions";
    public static final String ACTION = "/actions/";
    public static final String RESULTS = "/actions/bilan";
    public static final String RESULTS_CSV = "/actions/bilan.csv";

    private ActionRoutes() {
    }

    public static String action(long id) {
        return ACTION + id;
    }
}
