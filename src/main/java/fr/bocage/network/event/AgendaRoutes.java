package fr.bocage.network.event;

/** The agenda's addresses. */
public final class AgendaRoutes {
    public static final String AGENDA = "/agenda";
    public static final String FEED = "/agenda.ics";
    public static final String PROPOSE = "/agenda/proposer";

    private AgendaRoutes() {
    }

    public static String event(long id) {
        return AGENDA + "/" + id;
    }

    public static String calendar(long id) {
        return AGENDA + "/" + id + ".ics";
    }

    public static String edit(long id) {
        return AGENDA + "/" + id + "/modifier";
    }

    public static String submit(long id) {
        return AGENDA + "/" + id + "/soumettre";
    }

    public static String relive(long id) {
        return AGENDA + "/" + id + "/revivre";
    }
}
