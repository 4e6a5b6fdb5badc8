package fr.bocage.network.action;

import fr.bocage.catalog.ResourceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads what {@link ResultsTable} holds: the published actions with their values and themes. Outside any
 * transaction (a caller's is suspended), so that it sees only what has committed and holds no locks while reading
 * 30,000 rows.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ActionResultsRepository {

    static final String VALUES = "SELECT r.ID, r.TERRITORY, a.SCHEME, a.PROGRESS, v.INDICATOR_CODE,"
            + " v.VALUE_YEAR, v.AMOUNT FROM RESOURCE r JOIN NETWORK_ACTION a ON a.ID = r.ID"
            + " JOIN ACTION_INDICATOR v ON v.ACTION_ID = r.ID WHERE r.STATUS = ? AND r.TYPE = ?";
    static final String THEMES = "SELECT t.ACTION_ID, t.THEME FROM ACTION_THEME t"
            + " JOIN RESOURCE r ON r.ID = t.ACTION_ID WHERE r.STATUS = ? AND r.TYPE = ?";

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    /** Every published action that reported a value (one that did not counts nowhere). */
    public List<ActionFacts> all() {
        return facts(rows(VALUES, List.of()), rows(THEMES, List.of()));
    }

    /** Those of {@code ids} that are published actions with values; the others are absent. */
    public List<ActionFacts> of(Collection<Long> ids) {
        List<Long> list = List.copyOf(ids);
        return facts(rows(VALUES + in("r.ID", list.size()), list), rows(THEMES + in("r.ID", list.size()), list));
    }

    /** The indicator catalogue, read outside any transaction: detached, safe to keep. */
    public List<Indicator> catalogue() {
        return em.createNamedQuery(Indicator.ALL, Indicator.class).getResultList();
    }

    private List<Object[]> rows(String sql, List<Long> ids) {
        Query query = em.createNativeQuery(sql);
        query.setParameter(1, ResourceStatus.PUBLISHED.name());
        query.setParameter(2, ActionRepository.TYPE);
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 3, ids.get(i));
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add((Object[]) row);
        }
        return rows;
    }

    static List<ActionFacts> facts(List<Object[]> values, List<Object[]> themes) {
        Map<Long, List<String>> themesById = themes.stream().collect(Collectors.groupingBy(
                row -> ((Number) row[0]).longValue(), HashMap::new,
                Collectors.mapping(row -> text(row[1]), Collectors.toList())));
        Map<Long, Object[]> actions = new LinkedHashMap<>();
        Map<Long, List<ActionFacts.Value>> valuesById = new HashMap<>();
        for (Object[] row : values) {
            long id = ((Number) row[0]).longValue();
            actions.putIfAbsent(id, row);
            valuesById.computeIfAbsent(id, k -> new ArrayList<>()).add(new ActionFacts.Value(text(row[4]),
                    ((Number) row[5]).intValue(), row[6] instanceof BigDecimal d ? d : new BigDecimal(row[6].toString())));
        }
        List<ActionFacts> facts = new ArrayList<>();
        actions.forEach((id, row) -> facts.add(new ActionFacts(id, text(row[1]), text(row[2]), text(row[3]),
                themesById.getOrDefault(id, List.of()), valuesById.get(id))));
        return facts;
    }

    private static String in(String column, int count) {
        return " AND " + column + " IN (" + String.join(", ", java.util.Collections.nCopies(count, "?")) + ")";
    }

    /** A code as Java compares it: CHAR columns come back padded on some databases. */
    private static String text(Object value) {
        return value == null ? null : value.toString().strip();
    }
}
