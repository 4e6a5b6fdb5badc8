package fr.bocage.portal;

/** A labelled link: an active filter chip (the link drops the filter), a theme to browse, a page number. */
public final class Link {
    private final String label;
    private final String url;
    private final boolean current;

    Link(String label, String url, boolean current) {
        this.label = label;
        this.url = url;
        this.current = current;
    }

    public String getLabel() {
        return label;
    }

    public String getUrl() {
        return url;
    }

    public boolean isCurrent() {
        return current;
    }
}
