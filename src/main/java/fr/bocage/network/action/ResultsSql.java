package fr.bocage.network.action;

import fr.bocage.catalog.ResourceStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SQL of one breakdown of the results, portable (Derby, PostgreSQL): the sum, largest value and number of
 * distinct actions of each indicator (and key of the dimension), over the values of published actions that the
 * filter keeps. Columns: sum, max, actions, indicator code, then the key when there is a dimension.
 */
record ResultsSql(String sql, List<Object> parameters) {

    static ResultsSql of(ResultsFilter filter, Optional<ResultsDimension> dimension) {
        List<Object> parameters = new ArrayList<>();
        // The key as the column holds it (Derby casts no integer to VARCHAR): Java makes it a string.
        StringBuilder sql = new StringBuilder("SELECT SUM(v.AMOUNT), MAX(v.AMOUNT), COUNT(DISTINCT v.ACTION_ID),"
                + " v.INDICATOR_CODE")
                .append(dimension.map(d -> ", " + d.column()).orElse(""))
                .append(" FROM ACTION_INDICATOR v JOIN RESOURCE r ON r.ID = v.ACTION_ID")
                .append(" JOIN NETWORK_ACTION a ON a.ID = v.ACTION_ID");
        if (dimension.filter(ResultsDimension.THEME::equals).isPresent()) {
            sql.append(" JOIN ACTION_THEME t ON t.ACTION_ID = v.ACTION_ID");
        }
        sql.append(" WHERE r.STATUS = ? AND r.TYPE = ?");
        parameters.add(ResourceStatus.PUBLISHED.name());
        parameters.add(ActionRepository.TYPE);
        in(sql, parameters, "r.TERRITORY", filter.territories());
        in(sql, parameters, "a.SCHEME", filter.schemes());
        in(sql, parameters, "a.PROGRESS", filter.progress().stream().map(p -> p.toUpperCase(Locale.ROOT)).toList());
        in(sql, parameters, "v.VALUE_YEAR", filter.years());
        if (!filter.themes().isEmpty()) {
            sql.append(" AND EXISTS (SELECT 1 FROM ACTION_THEME ft WHERE ft.ACTION_ID = v.ACTION_ID");
            in(sql, parameters, "ft.THEME", filter.themes());
            sql.append(')');
        }
        sql.append(" GROUP BY v.INDICATOR_CODE");
        dimension.ifPresent(d -> sql.append(", ").append(d.column()));
        return new ResultsSql(sql.toString(), List.copyOf(parameters));
    }

    private static void in(StringBuilder sql, List<Object> parameters, String column, List<?> values) {
        if (values.isEmpty()) {
            return;
        }
        sql.append(" AND ").append(column).append(" IN (")
                .append(String.join(", ", values.stream().map(v -> "?").toList())).append(')');
        parameters.addAll(values);
    }
}
