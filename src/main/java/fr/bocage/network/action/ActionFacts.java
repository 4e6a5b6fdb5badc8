package fr.bocage.network.action;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the results need of one published action, as the database holds it: territory, scheme and progress codes
 * (null when not told; progress as stored, upper case), its themes, and its indicator values.
 */
record ActionFacts(long id, String territory, String scheme, String progress, List<String> themes,
        List<Value> values) {

    ActionFacts {
        themes = List.copyOf(themes);
        values = List.copyOf(values);
    }

    /** One value: an indicator's code, the year, the amount (two decimals at most, as the column). */
    record Value(String indicator, int year, BigDecimal amount) {
    }
}
