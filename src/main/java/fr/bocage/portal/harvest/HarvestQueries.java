package fr.bocage.portal.harvest;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceStatus;
import fr.bocage.catalog.StringListConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The harvestable resources and the tombstones, read a page at a time in (datestamp, id) order: what OAI-PMH and
 * the sitemap list. Native SQL for one reason: a theme is a line of the THEMES column, which JPQL cannot match
 * through its converter. The conditions say in SQL what {@link Harvestable} says in Java.
 */
@ApplicationScoped
public class HarvestQueries {
    private static final String PUBLISHED = "'" + ResourceStatus.PUBLISHED.name() + "'";
    private static final String SEEN = Harvestable.SEEN.stream().map(s -> "'" + s.name() + "'").sorted()
            .collect(Collectors.joining(", ", "(", ")"));
    /** Public, published or withdrawn, and for a material its training too. */
    private static final String EVER_SHOWN = "R.CIRCLE IS NULL AND R.STATUS IN " + SEEN
            + " AND (R.PART_OF IS NULL OR EXISTS (SELECT 1 FROM RESOURCE P WHERE P.ID = R.PART_OF"
            + " AND P.CIRCLE IS NULL AND P.STATUS IN " + SEEN + "))";
    /** What the anonymous search shows. */
    private static final String LIVE = "R.CIRCLE IS NULL AND R.STATUS = " + PUBLISHED
            + " AND (R.PART_OF IS NULL OR EXISTS (SELECT 1 FROM RESOURCE P WHERE P.ID = R.PART_OF"
            + " AND P.CIRCLE IS NULL AND P.STATUS = " + PUBLISHED + "))";
    private static final StringListConverter LINES = new StringListConverter();

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    /** The resources' table and the tombstones' read alike: which columns hold the id and the datestamp. */
    private enum Source {
        RESOURCES("RESOURCE R", "R.ID", "R.UPDATEDAT", "R.TYPE", "R.THEMES", EVER_SHOWN,
                ", R.STATUS, (SELECT P.STATUS FROM RESOURCE P WHERE P.ID = R.PART_OF)"),
        TOMBSTONES("RESOURCE_TOMBSTONE T", "T.RESOURCE_ID", "T.DELETEDAT", "T.TYPE", "T.THEMES", "1 = 1", "");

        final String table;
        final String id;
        final String datestamp;
        final String type;
        final String themes;
        final String condition;
        final String extraColumns;

        Source(String table, String id, String datestamp, String type, String themes, String condition,
                String extraColumns) {
            this.table = table;
            this.id = id;
            this.datestamp = datestamp;
            this.type = type;
            this.themes = themes;
            this.condition = condition;
            this.extraColumns = extraColumns;
        }

        HarvestHeader header(Object[] row) {
            boolean deleted = this == TOMBSTONES || !Harvestable.live(status(row[4]), status(row[5]));
            return new HarvestHeader(((Number) row[0]).longValue(), instant(row[1]), deleted, (String) row[2],
                    LINES.convertToEntityAttribute((String) row[3]));
        }

        private static ResourceStatus status(Object column) {
            return column == null ? null : ResourceStatus.valueOf((String) column);
        }
    }

    /** The first {@code limit} headers after {@code after} in the window, deleted ones included. */
    public List<HarvestHeader> after(HarvestWindow window, HarvestKey after, int limit) {
        return Stream.of(Source.values()).flatMap(source -> page(source, window, after, limit).stream())
                .sorted(Comparator.comparing(HarvestHeader::key)).limit(limit).toList();
    }

    public long count(HarvestWindow window) {
        long count = 0;
        for (Source source : Source.values()) {
            Selection where = where(source, window, HarvestKey.START);
            count += ((Number) where.bind(em.createNativeQuery("SELECT COUNT(*) FROM " + source.table + where.sql))
                    .getSingleResult()).longValue();
        }
        return count;
    }

    /** The record of this id, live or deleted; empty when harvesters never saw it. */
    public Optional<HarvestHeader> find(long id) {
        for (Source source : Source.values()) {
            List<?> rows = em.createNativeQuery(columns(source) + " WHERE " + source.condition + " AND " + source.id
                    + " = ?").setParameter(1, id).getResultList();
            if (!rows.isEmpty()) {
                return Optional.of(source.header((Object[]) rows.get(0)));
            }
        }
        return Optional.empty();
    }

    /** The oldest datestamp of all records, deleted ones included; empty while there is none. */
    public Optional<Instant> earliest() {
        return Stream.of(Source.values())
                .map(source -> em.createNativeQuery("SELECT MIN(" + source.datestamp + ") FROM " + source.table
                        + " WHERE " + source.condition).getSingleResult())
                .filter(v -> v != null).map(HarvestQueries::instant).min(Comparator.naturalOrder());
    }

    /** The metadata of the live records among {@code headers}, in one query. */
    public Map<Long, Resource> resources(Collection<HarvestHeader> headers) {
        List<Long> ids = headers.stream().filter(h -> !h.deleted()).map(HarvestHeader::id).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT r FROM Resource r WHERE r.id IN :ids", Resource.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Resource::getId, Function.identity()));
    }

    /** How many resources the anonymous search shows: the sitemap's resource pages. */
    public long countLive() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM RESOURCE R WHERE " + LIVE).getSingleResult())
                .longValue();
    }

    /** A page of the resources the anonymous search shows, in id order. */
    public List<Resource> live(int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT R.ID FROM RESOURCE R WHERE " + LIVE + " ORDER BY R.ID")
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM Resource r WHERE r.id IN :ids ORDER BY r.id", Resource.class)
                .setParameter("ids", ids.stream().map(Number::longValue).toList()).getResultList();
    }

    private List<HarvestHeader> page(Source source, HarvestWindow window, HarvestKey after, int limit) {
        Selection where = where(source, window, after);
        List<?> rows = where.bind(em.createNativeQuery(columns(source) + where.sql + " ORDER BY " + source.datestamp
                + ", " + source.id)).setMaxResults(limit).getResultList();
        return rows.stream().map(row -> source.header((Object[]) row)).toList();
    }

    private static String columns(Source source) {
        return "SELECT " + source.id + ", " + source.datestamp + ", " + source.type + ", " + source.themes
                + source.extraColumns + " FROM " + source.table;
    }

    private static Selection where(Source source, HarvestWindow window, HarvestKey after) {
        StringBuilder sql = new StringBuilder(" WHERE ").append(source.condition);
        List<Object> parameters = new ArrayList<>();
        if (!after.equals(HarvestKey.START)) {
            sql.append(" AND (").append(source.datestamp).append(" > ? OR (").append(source.datestamp)
                    .append(" = ? AND ").append(source.id).append(" > ?))");
            parameters.add(Timestamp.from(after.datestamp()));
            parameters.add(Timestamp.from(after.datestamp()));
            parameters.add(after.id());
        }
        if (window.from() != null) {
            sql.append(" AND ").append(source.datestamp).append(" >= ?");
            parameters.add(Timestamp.from(window.from()));
        }
        if (window.before() != null) {
            sql.append(" AND ").append(source.datestamp).append(" < ?");
            parameters.add(Timestamp.from(window.before()));
        }
        window.set().ifPresent(set -> {
            if (set.kind() == HarvestSet.Kind.TYPE) {
                sql.append(" AND ").append(source.type).append(" = ?");
                parameters.add(set.code());
            } else {
                // One theme a line: the whole column, its first line, its last, or one in between.
                String column = source.themes;
                String code = set.code().replace("!", "!!").replace("%", "!%").replace("_", "!_");
                sql.append(" AND (").append(column).append(" = ? OR ").append(column).append(" LIKE ? ESCAPE '!' OR ")
                        .append(column).append(" LIKE ? ESCAPE '!' OR ").append(column).append(" LIKE ? ESCAPE '!')");
                parameters.addAll(List.of(set.code(), code + "\n%", "%\n" + code, "%\n" + code + "\n%"));
            }
        });
        return new Selection(sql.toString(), parameters);
    }

    private record Selection(String sql, List<Object> parameters) {
        Query bind(Query query) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            return query;
        }
    }

    /** Derby gives a Timestamp; PostgreSQL's driver may give an OffsetDateTime for a column with a time zone. */
    private static Instant instant(Object column) {
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (column instanceof OffsetDateTime dateTime) {
            return dateTime.toInstant();
        }
        return (Instant) column;
    }
}
