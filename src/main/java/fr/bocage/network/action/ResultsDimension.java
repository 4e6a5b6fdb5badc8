package fr.bocage.network.action;

/** What the results are broken down by; each is the column the SQL groups by. */
public enum ResultsDimension {
    TERRITORY("r.TERRITORY"), THEME("t.THEME"), SCHEME("a.SCHEME"), YEAR("v.VALUE_YEAR");

    private final String column;

    ResultsDimension(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }

    /** The name of the dimension in the API, the CSV and the search's parameters. */
    public String parameter() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
