package fr.bocage.portal;

import java.util.List;

/** The values of one facet dimension, shown as a group of checkboxes named after the dimension's parameter. */
public final class FacetGroup {
    private final String dimension;
    private final List<FacetOption> options;

    FacetGroup(String dimension, List<FacetOption> options) {
        this.dimension = dimension;
        this.options = options;
    }

    public String getDimension() {
        return dimension;
    }

    public List<FacetOption> getOptions() {
        return options;
    }
}
