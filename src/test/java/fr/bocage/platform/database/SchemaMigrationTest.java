package fr.bocage.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migrations on real embedded Derby databases: a new one, and one whose schema EclipseLink made. */
class SchemaMigrationTest {
    /** A data folder the last version without migrations made (demo content, accounts, a draft, a registration). */
    static final String LEGACY_DATA = "/legacy/eclipselink-data.zip";

    @TempDir
    Path folder;

    @Test
    void everyMigrationIsWrittenForBothDatabases() throws Exception {
        assertEquals(versions("derby"), versions("postgresql"));
        assertEquals(LongStream.rangeClosed(1, versions("derby").size()).boxed().toList(), versions("derby"),
                "V1, V2, … without a gap");
    }

    @Test
    void aNewDatabaseGetsEveryMigration() throws Exception {
        EmbeddedDataSource fresh = derby("fresh");
        String latest = latest();
        assertEquals(latest, SchemaMigration.migrate(fresh));
        assertEquals(versions("derby").stream().map(v -> v + ":SQL").toList(), history(fresh));
        assertEquals(latest, SchemaMigration.migrate(fresh), "a second start has nothing to do");
    }

    /** V4: a user name may be an e-mail address of up to 320 characters, as validation accepts (issue 21 #2). */
    @Test
    void everyUserNameColumnHoldsAnAddressOfMaximalLength() throws Exception {
        EmbeddedDataSource fresh = derby("fresh");
        SchemaMigration.migrate(fresh);
        try (Connection connection = fresh.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String[] column : new String[][] {{"ACCOUNT", "USERNAME"}, {"RESOURCE_VERSION", "ADDEDBY"},
                    {"AUDIT_EVENT", "ACTOR"}, {"IMPORT_JOB", "OWNER"}, {"RESOURCE", "CREATEDBY"}}) {
                try (ResultSet rs = meta.getColumns(null, null, column[0], column[1])) {
                    assertTrue(rs.next(), column[0] + "." + column[1]);
                    assertEquals(320, rs.getInt("COLUMN_SIZE"), column[0] + "." + column[1]);
                }
            }
        }
    }

    @Test
    void theFirstMigrationIsTheSchemaEclipseLinkMade() throws Exception {
        EmbeddedDataSource fresh = derby("fresh");
        try (Connection connection = fresh.getConnection(); Statement sql = connection.createStatement()) {
            for (String statement : statements("/db/migration/derby/V1__schema_of_eclipselink.sql")) {
                sql.execute(statement);
            }
        }
        assertEquals(schema(legacy()), schema(fresh));
    }

    @Test
    void aDatabaseEclipseLinkMadeIsBaselinedThenMigratedWithItsRowsKept() throws Exception {
        EmbeddedDataSource legacy = legacy();
        List<Long> counts = counts(legacy);
        assertEquals(latest(), SchemaMigration.migrate(legacy));
        List<String> expected = new ArrayList<>(List.of("1:BASELINE"));
        versions("derby").stream().skip(1).map(v -> v + ":SQL").forEach(expected::add);
        assertEquals(expected, history(legacy));
        assertEquals(counts, counts(legacy));
        try (Connection connection = legacy.getConnection(); Statement sql = connection.createStatement()) {
            assertThrows(SQLException.class, () -> sql.executeUpdate("INSERT INTO WEBINAR_REGISTRATION"
                    + " (CANCELTOKENHASH, CONSENTAT, EMAIL, NAME, REGISTEREDAT, STATUS, WEBINARID)"
                    + " SELECT 'another', CONSENTAT, EMAIL, NAME, REGISTEREDAT, STATUS, WEBINARID"
                    + " FROM WEBINAR_REGISTRATION"), "V2: one registration per address and webinar");
        }
    }

    /** The versions of one vendor's migrations (V&lt;n&gt;__….sql), in order. */
    private static List<Long> versions(String vendor) throws Exception {
        Path migrations = Path.of(SchemaMigrationTest.class.getResource("/db/migration/" + vendor).toURI());
        try (Stream<Path> files = Files.list(migrations)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .map(n -> Long.parseLong(n.substring(1, n.indexOf("__")))).sorted().toList();
        }
    }

    private static String latest() throws Exception {
        List<Long> versions = versions("derby");
        return String.valueOf(versions.get(versions.size() - 1));
    }

    private EmbeddedDataSource derby(String name) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(folder.resolve(name).toString());
        dataSource.setCreateDatabase("create");
        return dataSource;
    }

    private EmbeddedDataSource legacy() throws IOException {
        Path root = folder.resolve("legacy");
        if (!Files.exists(root)) {
            unzip(LEGACY_DATA, root);
        }
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(root.resolve("db").toString());
        return dataSource;
    }

    static void unzip(String resource, Path target) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(SchemaMigrationTest.class.getResourceAsStream(resource))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path path = target.resolve(entry.getName()).normalize();
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(zip, path);
                }
            }
        }
    }

    private static List<String> statements(String resource) throws IOException {
        String script;
        try (InputStream in = SchemaMigrationTest.class.getResourceAsStream(resource)) {
            script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> statements = new ArrayList<>();
        for (String statement : script.replaceAll("(?m)^--.*$", "").split(";")) {
            if (!statement.isBlank()) {
                statements.add(statement.strip());
            }
        }
        return statements;
    }

    /** Tables, columns with type, size, nullability and default, keys and indexes; generated names aside. */
    private static TreeMap<String, TreeSet<String>> schema(EmbeddedDataSource dataSource) throws SQLException {
        TreeMap<String, TreeSet<String>> schema = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            try (ResultSet tables = metadata.getTables(null, "APP", "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    String table = tables.getString("TABLE_NAME");
                    if (table.startsWith("flyway")) {
                        continue;
                    }
                    TreeSet<String> parts = new TreeSet<>();
                    try (ResultSet columns = metadata.getColumns(null, "APP", table, "%")) {
                        while (columns.next()) {
                            parts.add(columns.getString("COLUMN_NAME") + " " + columns.getString("TYPE_NAME") + "("
                                    + columns.getInt("COLUMN_SIZE") + ") " + columns.getString("IS_NULLABLE") + " "
                                    + columns.getString("COLUMN_DEF") + " " + columns.getString("IS_AUTOINCREMENT"));
                        }
                    }
                    try (ResultSet keys = metadata.getPrimaryKeys(null, "APP", table)) {
                        while (keys.next()) {
                            parts.add("primary key " + keys.getString("COLUMN_NAME"));
                        }
                    }
                    try (ResultSet indexes = metadata.getIndexInfo(null, "APP", table, false, false)) {
                        while (indexes.next()) {
                            String name = indexes.getString("INDEX_NAME");
                            parts.add((indexes.getBoolean("NON_UNIQUE") ? "index " : "unique ")
                                    + (name.startsWith("SQL") ? "" : name + " ") + indexes.getString("COLUMN_NAME"));
                        }
                    }
                    try (ResultSet foreign = metadata.getImportedKeys(null, "APP", table)) {
                        while (foreign.next()) {
                            parts.add("foreign key " + foreign.getString("FK_NAME") + " " + foreign.getString("FKCOLUMN_NAME")
                                    + " -> " + foreign.getString("PKTABLE_NAME") + "." + foreign.getString("PKCOLUMN_NAME"));
                        }
                    }
                    schema.put(table, parts);
                }
            }
            try (Statement sql = connection.createStatement();
                    ResultSet sequences = sql.executeQuery("SELECT SEQUENCENAME, SEQUENCEDATATYPE, STARTVALUE, INCREMENT"
                            + " FROM SYS.SYSSEQUENCES ORDER BY SEQUENCENAME")) {
                TreeSet<String> all = new TreeSet<>();
                while (sequences.next()) {
                    if (sequences.getString(1).matches("U\\p{XDigit}{8}X.*")) {
                        continue; // an identity column's own sequence, named by Derby
                    }
                    all.add(sequences.getString(1) + " " + sequences.getString(2) + " " + sequences.getLong(3) + " "
                            + sequences.getLong(4));
                }
                schema.put("sequences", all);
            }
        }
        return schema;
    }

    private static List<Long> counts(EmbeddedDataSource dataSource) throws SQLException {
        List<Long> counts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            for (String table : List.of("ACCOUNT", "ACCOUNT_ROLE", "RESOURCE", "RESOURCE_VERSION", "AUDIT_EVENT",
                    "WEBINAR", "WEBINAR_REGISTRATION", "COURSE", "COURSE_SESSION", "VOCABULARY_TERM")) {
                try (ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    count.next();
                    counts.add(count.getLong(1));
                }
            }
        }
        return counts;
    }

    private static List<String> history(EmbeddedDataSource dataSource) throws SQLException {
        List<String> history = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT \"version\", \"type\" FROM \"flyway_schema_history\""
                        + " ORDER BY \"installed_rank\"")) {
            while (rows.next()) {
                history.add(rows.getString(1) + ":" + rows.getString(2));
            }
        }
        return history;
    }
}
