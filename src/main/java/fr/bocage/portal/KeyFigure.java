package fr.bocage.portal;

/** A count of published resources of one kind, with the search that lists them. */
public final class KeyFigure {
    private final String label;
    private final long count;
    private final String url;

    KeyFigure(String label, long count, String url) {
        this.label = label;
        this.count = count;
        this.url = url;
    }

    public String getLabel() {
        return label;
    }

    public long getCount() {
        return count;
    }

    public String getUrl() {
        return url;
    }
}
