package fr.bocage.network.action;

import java.math.BigDecimal;

/**
 * How the values of an indicator add up over actions and years. SUM: the total of the values (metres planted each
 * year add up); MAX: the largest value (species inventoried: the same species are counted again each year);
 * COUNT: the number of distinct actions that reported a value, whatever the value (communes engaged: one per action).
 */
public enum Aggregation {
    SUM, MAX, COUNT;

    /** The figure of a group of values, from its sum, largest value and number of distinct actions. */
    public BigDecimal of(BigDecimal sum, BigDecimal max, long actions) {
        return switch (this) {
            case SUM -> sum;
            case MAX -> max;
            case COUNT -> BigDecimal.valueOf(actions);
        };
    }
}
