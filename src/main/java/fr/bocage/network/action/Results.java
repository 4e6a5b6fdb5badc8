package fr.bocage.network.action;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The network's results: each indicator's total over the published actions the filter keeps, then the same figures
 * broken down by territory, theme, scheme and year. A figure is absent where no action reported a value. By theme,
 * an action with two themes counts in both rows: those rows do not add up to the total.
 */
@JsonbPropertyOrder({"indicators", "breakdowns"})
public record Results(List<Total> indicators, List<Breakdown> breakdowns) {

    /** An indicator of the catalogue, its figure over all the actions kept, and how many actions reported it. */
    @JsonbPropertyOrder({"code", "label", "unit", "aggregation", "total", "actions"})
    public record Total(String code, String label, String unit, String aggregation, BigDecimal total, long actions) {
    }

    @JsonbPropertyOrder({"dimension", "label", "rows"})
    public record Breakdown(String dimension, String label, List<Row> rows) {
    }

    /** A territory, theme, scheme or year ({@code key} null: not told), with its figure for each indicator by code. */
    @JsonbPropertyOrder({"key", "label", "figures"})
    public record Row(String key, String label, Map<String, BigDecimal> figures) {
    }
}
