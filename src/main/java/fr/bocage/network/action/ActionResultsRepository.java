package fr.bocage.network.action;

import fr.bocage.catalog.ResourceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The indicators' figures, added up by the database (one GROUP BY per breakdown), over the values of published
 * actions only: a draft, submitted, refused or withdrawn action counts nowhere.
 */
@ApplicationScoped
public class ActionResultsRepository {

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    /** By indicator and by the dimension's key; empty {@code dimension}: the totals, by indicator. */
    List<ResultsRow> rows(ResultsFilter filter, Optional<ResultsDimension> dimension) {
        List<Object> parameters = new ArrayList<>();
        // The key as the column holds it (Derby casts no integer to VARCHAR): Java makes it a string.
        StringBuilder sql = new StringBuilder("SELECT SUM(v.AMOUNT), MAX(v.AMOUNT), COUNT(DISTINCT v.ACTION_ID), v.INDICATOR_CODE")
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
        in(sql, parameters, "a.PROGRESS", filter.progress().stream()
                .map(p -> p.toUpperCase(java.util.Locale.ROOT)).toList());
        in(sql, parameters, "v.VALUE_YEAR", filter.years());
        if (!filter.themes().isEmpty()) {
            sql.append(" AND EXISTS (SELECT 1 FROM ACTION_THEME ft WHERE ft.ACTION_ID = v.ACTION_ID");
            in(sql, parameters, "ft.THEME", filter.themes());
            sql.append(')');
        }
        sql.append(" GROUP BY v.INDICATOR_CODE");
        if (dimension.isPresent()) {
            sql.append(", ").append(dimension.get().column());
        }
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<ResultsRow> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            Object key = columns.length > 4 ? columns[4] : null;
            rows.add(new ResultsRow(columns[3].toString().strip(), key == null ? null : key.toString().strip(),
                    decimal(columns[0]), decimal(columns[1]), ((Number) columns[2]).longValue()));
        }
        return rows;
    }

    private static void in(StringBuilder sql, List<Object> parameters, String column, List<?> values) {
        if (values.isEmpty()) {
            return;
        }
        sql.append(" AND ").append(column).append(" IN (")
                .append(String.join(", ", values.stream().map(v -> "?").toList())).append(')');
        parameters.addAll(values);
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
