package fr.bocage.network.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.platform.database.SchemaMigration;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The results' table read by its loader's SQL from a real embedded Derby migrated to the current schema: exact
 * figures on a small data set (unpublished actions absent), and (opt-in) the time to read 10,000 actions (30,000
 * values, the benchmark size), the table's memory, and the time of a whole /actions/bilan over it.
 */
class ResultsTableDerbyTest {
    private static final String[] INDICATORS = {"hedges-planted-m", "area-restored-ha", "ponds-created",
            "species-inventoried", "participants", "communes-engaged"};
    private static final String[] TERRITORIES = {"bretagne", "normandie", "occitanie", "guadeloupe", "la-reunion"};
    private static final String[] THEMES = {"biodiversity", "water", "agriculture-forest-food", "urban-planning"};
    private static final String[] SCHEMES = {"natura-2000", "engaged-for-nature", "biodiversity-atlas", null};

    @TempDir
    Path folder;

    @Test
    void figuresAreExactAndUnpublishedActionsCountNowhere() throws Exception {
        EmbeddedDataSource db = database();
        try (Connection c = db.getConnection()) {
            action(c, 1, "PUBLISHED", "bretagne", "natura-2000", List.of("water", "biodiversity"));
            value(c, 1, "hedges-planted-m", 2021, "100");
            value(c, 1, "hedges-planted-m", 2022, "250");
            value(c, 1, "communes-engaged", 2022, "7");
            action(c, 2, "PUBLISHED", "guadeloupe", null, List.of("water"));
            value(c, 2, "hedges-planted-m", 2022, "50");
            value(c, 2, "species-inventoried", 2022, "70");
            action(c, 3, "PUBLISHED", "bretagne", null, List.of("water"));
            action(c, 4, "DRAFT", "bretagne", "natura-2000", List.of("water"));
            value(c, 4, "hedges-planted-m", 2022, "1000");
            action(c, 5, "WITHDRAWN", "bretagne", "natura-2000", List.of("water"));
            value(c, 5, "hedges-planted-m", 2022, "1000");

            assertEquals(Map.of("hedges-planted-m", "400/250/2", "communes-engaged", "7/7/1",
                    "species-inventoried", "70/70/1"), figures(c, ResultsFilter.NONE, Optional.empty()));
            assertEquals(Map.of("hedges-planted-m|2021", "100/100/1", "hedges-planted-m|2022", "300/250/2",
                    "communes-engaged|2022", "7/7/1", "species-inventoried|2022", "70/70/1"),
                    figures(c, ResultsFilter.NONE, Optional.of(ResultsDimension.YEAR)));
            assertEquals(Map.of("hedges-planted-m|biodiversity", "350/250/1", "hedges-planted-m|water", "400/250/2",
                    "communes-engaged|biodiversity", "7/7/1", "communes-engaged|water", "7/7/1",
                    "species-inventoried|water", "70/70/1"), figures(c, ResultsFilter.NONE,
                    Optional.of(ResultsDimension.THEME)));
            assertEquals(Map.of("hedges-planted-m|natura-2000", "350/250/1", "hedges-planted-m|null", "50/50/1",
                    "communes-engaged|natura-2000", "7/7/1", "species-inventoried|null", "70/70/1"),
                    figures(c, ResultsFilter.NONE, Optional.of(ResultsDimension.SCHEME)));
            ResultsFilter filtered = new ResultsFilter(List.of("bretagne", "guadeloupe"), List.of("biodiversity"),
                    List.of("natura-2000"), List.of("ongoing"), List.of(2022));
            assertEquals(Map.of("hedges-planted-m", "250/250/1", "communes-engaged", "7/7/1"),
                    figures(c, filtered, Optional.empty()));
        }
    }

    @Test
    void onlyTheAskedActionsAreReadAgainAndAWithdrawnOneIsAbsent() throws Exception {
        EmbeddedDataSource db = database();
        try (Connection c = db.getConnection()) {
            action(c, 1, "PUBLISHED", "bretagne", null, List.of("water"));
            value(c, 1, "hedges-planted-m", 2021, "100");
            action(c, 2, "WITHDRAWN", "bretagne", null, List.of("water"));
            value(c, 2, "hedges-planted-m", 2021, "100");
            action(c, 3, "PUBLISHED", "normandie", null, List.of());
            value(c, 3, "ponds-created", 2022, "4");
            List<ActionFacts> facts = read(c, List.of(2L, 3L));
            assertEquals(List.of(3L), facts.stream().map(ActionFacts::id).toList());
            assertEquals(List.of(), facts.get(0).themes());
            assertEquals("normandie", facts.get(0).territory());
            assertEquals("ONGOING", facts.get(0).progress());
        }
    }

    /**
     * Opt-in (-Dresults.benchmark=true, a few minutes to fill Derby): read 10,000 actions' 30,000 values once, then
     * a whole /actions/bilan (totals and four breakdowns) in memory, unfiltered and filtered.
     */
    @Test
    @EnabledIfSystemProperty(named = "results.benchmark", matches = "true")
    void aWholeResultsPageOver10000PublishedActionsIsComputedInAMillisecond() throws Exception {
        EmbeddedDataSource db = database();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            for (int id = 1; id <= 10_000; id++) {
                action(c, id, id % 10 == 0 ? "DRAFT" : "PUBLISHED", TERRITORIES[id % TERRITORIES.length],
                        SCHEMES[id % SCHEMES.length], List.of(THEMES[id % THEMES.length],
                                THEMES[(id / 7) % THEMES.length]).stream().distinct().toList());
                for (int k = 0; k < 3; k++) {
                    value(c, id, INDICATORS[(id + k) % INDICATORS.length], 2021 + (id + k) % 5,
                            Integer.toString(id % 500 + k));
                }
            }
            c.commit();
            // Back to auto-commit: a connection closed while its last transaction is open is refused by Derby.
            c.setAutoCommit(true);
            long read = System.nanoTime();
            List<ActionFacts> facts = read(c, null);
            long readMillis = (System.nanoTime() - read) / 1_000_000;
            // The heap a table holds: five kept at once, over the same facts, against the heap before them.
            System.gc();
            long before = usedHeap();
            ResultsTable[] tables = new ResultsTable[5];
            for (int k = 0; k < tables.length; k++) {
                tables[k] = ResultsTable.of(facts);
            }
            System.gc();
            long heap = (usedHeap() - before) / tables.length;
            ResultsTable table = tables[0];
            ResultsFilter filtered = new ResultsFilter(List.of("bretagne", "guadeloupe"), List.of("water"),
                    List.of(), List.of(), List.of(2022, 2023));
            List<Long> pages = new ArrayList<>();
            for (int run = 0; run < 2_000; run++) {
                long start = System.nanoTime();
                table.aggregate(run % 2 == 0 ? ResultsFilter.NONE : filtered);
                pages.add(System.nanoTime() - start);
            }
            List<Long> warm = pages.subList(1_000, pages.size()).stream().sorted().toList();
            double median = warm.get(warm.size() / 2) / 1e6;
            double p95 = warm.get((int) Math.ceil(warm.size() * 0.95) - 1) / 1e6;
            System.out.printf("Results table: %,d actions, %,d values read in %d ms; arrays %,d bytes, heap %,d bytes"
                    + " (approximate); a whole page in memory: median %.2f ms, p95 %.2f ms%n", table.actions(),
                    table.values(), readMillis, table.bytes(), heap, median, p95);
            assertEquals(9_000, table.actions());
            assertEquals(27_000, table.values());
            assertTrue(p95 < 50, "p95 " + p95 + " ms");
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** The loader's two queries, as ActionResultsRepository runs them: all published actions, or some of them. */
    private static List<ActionFacts> read(Connection c, List<Long> ids) throws Exception {
        String filter = ids == null ? "" : " AND r.ID IN (" + String.join(", ",
                java.util.Collections.nCopies(ids.size(), "?")) + ")";
        return ActionResultsRepository.facts(rows(c, ActionResultsRepository.VALUES + filter, ids),
                rows(c, ActionResultsRepository.THEMES + filter, ids));
    }

    private static List<Object[]> rows(Connection c, String sql, List<Long> ids) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, "PUBLISHED");
            query.setString(2, "action");
            for (int i = 0; ids != null && i < ids.size(); i++) {
                query.setLong(i + 3, ids.get(i));
            }
            try (ResultSet result = query.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = result.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private EmbeddedDataSource database() throws Exception {
        EmbeddedDataSource db = new EmbeddedDataSource();
        db.setDatabaseName(folder.resolve("db").toString());
        db.setCreateDatabase("create");
        SchemaMigration.migrate(db);
        return db;
    }

    private static void action(Connection c, long id, String status, String territory, String scheme,
            List<String> themes) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement r = c.prepareStatement("INSERT INTO RESOURCE (ID, TITLE, STATUS, TYPE, TERRITORY,"
                + " CREATEDAT, UPDATEDAT, VERSION) VALUES (?, ?, ?, 'action', ?, ?, ?, 1)")) {
            r.setLong(1, id);
            r.setString(2, "Action " + id);
            r.setString(3, status);
            r.setString(4, territory);
            r.setTimestamp(5, now);
            r.setTimestamp(6, now);
            r.executeUpdate();
        }
        try (PreparedStatement a = c.prepareStatement(
                "INSERT INTO NETWORK_ACTION (ID, PROGRESS, SCHEME) VALUES (?, 'ONGOING', ?)")) {
            a.setLong(1, id);
            a.setString(2, scheme);
            a.executeUpdate();
        }
        for (String theme : themes) {
            try (PreparedStatement t = c.prepareStatement("INSERT INTO ACTION_THEME (ACTION_ID, THEME) VALUES (?, ?)")) {
                t.setLong(1, id);
                t.setString(2, theme);
                t.executeUpdate();
            }
        }
    }

    private static void value(Connection c, long id, String indicator, int year, String amount) throws Exception {
        try (PreparedStatement v = c.prepareStatement("INSERT INTO ACTION_INDICATOR (ACTION_ID, INDICATOR_CODE,"
                + " VALUE_YEAR, AMOUNT) VALUES (?, ?, ?, ?)")) {
            v.setLong(1, id);
            v.setString(2, indicator);
            v.setInt(3, year);
            v.setBigDecimal(4, new BigDecimal(amount));
            v.executeUpdate();
        }
    }

    /** « indicator|key » → « sum/max/actions », numbers without trailing zeros, from the table read from Derby. */
    private static Map<String, String> figures(Connection c, ResultsFilter filter, Optional<ResultsDimension> dimension)
            throws Exception {
        Map<String, String> figures = new TreeMap<>();
        for (ResultsRow r : ResultsTable.of(read(c, null)).rows(filter, dimension)) {
            figures.put(dimension.isEmpty() ? r.indicator() : r.indicator() + "|" + r.key(),
                    plain(r.sum()) + "/" + plain(r.max()) + "/" + r.actions());
        }
        return figures;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
