package fr.bocage.network.action;

import java.math.BigDecimal;

/**
 * One group of values as ResultsTable adds them up: an indicator, a key of the dimension (a territory's, theme's or
 * scheme's code, a year; null when the actions have none), the sum, the largest value, and how many distinct actions
 * reported a value.
 */
public record ResultsRow(String indicator, String key, BigDecimal sum, BigDecimal max, long actions) {

    /** The figure of the group, as the indicator's aggregation says. */
    public BigDecimal figure(Aggregation aggregation) {
        BigDecimal figure = aggregation.of(sum, max, actions).stripTrailingZeros();
        // 1200.00 without its zeros is 1.2E+3: written back without exponent.
        return figure.scale() < 0 ? figure.setScale(0) : figure;
    }
}
