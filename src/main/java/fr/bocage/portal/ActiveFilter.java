package fr.bocage.portal;

/** A selected filter value, shown as a chip whose link is the same search without it. */
public final class ActiveFilter {
    private final String dimension;
    private final String label;
    private final String removeUrl;

    ActiveFilter(String dimension, String label, String removeUrl) {
        this.dimension = dimension;
        this.label = label;
        this.removeUrl = removeUrl;
    }

    public String getDimension() {
        return dimension;
    }

    public String getLabel() {
        return label;
    }

    public String getRemoveUrl() {
        return removeUrl;
    }
}
