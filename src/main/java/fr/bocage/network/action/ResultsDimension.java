package fr.bocage.network.action;

/** What the results are broken down by. */
public enum ResultsDimension {
    TERRITORY, THEME, SCHEME, YEAR;

    /** The name of the dimension in the API, the CSV and the search's parameters. */
    public String parameter() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
