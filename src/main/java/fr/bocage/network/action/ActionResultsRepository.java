package fr.bocage.network.action;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The indicators' figures, added up by the database (one GROUP BY per breakdown, {@link ResultsSql}), over the
 * values of published actions only: a draft, submitted, refused or withdrawn action counts nowhere.
 */
@ApplicationScoped
public class ActionResultsRepository {

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    /** By indicator and by the dimension's key; empty {@code dimension}: the totals, by indicator. */
    List<ResultsRow> rows(ResultsFilter filter, Optional<ResultsDimension> dimension) {
        ResultsSql sql = ResultsSql.of(filter, dimension);
        Query query = em.createNativeQuery(sql.sql());
        for (int i = 0; i < sql.parameters().size(); i++) {
            query.setParameter(i + 1, sql.parameters().get(i));
        }
        List<ResultsRow> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add(row((Object[]) row));
        }
        return rows;
    }

    /** One row of {@link ResultsSql}'s columns. */
    static ResultsRow row(Object[] columns) {
        Object key = columns.length > 4 ? columns[4] : null;
        return new ResultsRow(columns[3].toString().strip(), key == null ? null : key.toString().strip(),
                decimal(columns[0]), decimal(columns[1]), ((Number) columns[2]).longValue());
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
