package fr.bocage.portal;

/** One value of a facet: its code (the form value), its label, its count, and whether it is selected. */
public final class FacetOption {
    private final String value;
    private final String label;
    private final long count;
    private final boolean selected;

    FacetOption(String value, String label, long count, boolean selected) {
        this.value = value;
        this.label = label;
        this.count = count;
        this.selected = selected;
    }

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }

    public long getCount() {
        return count;
    }

    public boolean isSelected() {
        return selected;
    }
}
