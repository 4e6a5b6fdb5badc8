package fr.bocage.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Converts the instants that versions before 2026-11-21 stored as serialised Java objects (BLOB: Jakarta Persistence
 * 3.1 has no mapping for {@link Instant}) into SQL timestamps, as {@link InstantConverter} now stores them, so that a
 * data folder from an earlier version keeps working. Runs first at start-up, in one transaction per column.
 */
@ApplicationScoped
public class LegacyTimestamps {
    private static final Logger LOG = Logger.getLogger(LegacyTimestamps.class.getName());

    /** The instant columns that existed before the converter, by table. Later ones were always timestamps. */
    static final Map<String, List<String>> COLUMNS = Map.of(
            "RESOURCE", List.of("CREATEDAT", "UPDATEDAT"),
            "ACCOUNT", List.of("CREATEDAT"),
            "IMPORT_JOB", List.of("STARTEDAT", "FINISHEDAT"));

    /** Only the serial form of java.time values may be read back: nothing else can hide in these columns. */
    private static final ObjectInputFilter ONLY_JAVA_TIME = ObjectInputFilter.Config.createFilter("java.time.*;!*");

    @Resource(lookup = "jdbc/bocage")
    DataSource dataSource;

    void onStart(@Observes @Priority(StartupOrder.SCHEMA) @Initialized(ApplicationScoped.class) Object ignored)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            convert(connection);
        }
    }

    /** @return the columns converted, as TABLE.COLUMN */
    static List<String> convert(Connection connection) throws SQLException {
        List<String> converted = new ArrayList<>();
        for (Map.Entry<String, List<String>> table : COLUMNS.entrySet()) {
            for (String column : table.getValue()) {
                if (isBlob(connection.getMetaData(), table.getKey(), column)) {
                    convert(connection, table.getKey(), column);
                    converted.add(table.getKey() + "." + column);
                }
            }
        }
        if (!converted.isEmpty()) {
            LOG.warning(() -> "Converted instants stored by an earlier version into timestamps: " + converted);
        }
        return converted;
    }

    private static boolean isBlob(DatabaseMetaData metadata, String table, String column) throws SQLException {
        try (ResultSet columns = metadata.getColumns(null, null, table, column)) {
            return columns.next() && "BLOB".equalsIgnoreCase(columns.getString("TYPE_NAME"));
        }
    }

    private static void convert(Connection connection, String table, String column) throws SQLException {
        String temporary = column + "_TS";
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement ddl = connection.createStatement()) {
            ddl.executeUpdate("ALTER TABLE " + table + " ADD COLUMN " + temporary + " TIMESTAMP");
            try (ResultSet rows = ddl.executeQuery("SELECT ID, " + column + " FROM " + table);
                    PreparedStatement update = connection.prepareStatement(
                            "UPDATE " + table + " SET " + temporary + " = ? WHERE ID = ?")) {
                while (rows.next()) {
                    byte[] serialised = rows.getBytes(2);
                    update.setTimestamp(1, serialised == null ? null : Timestamp.from(instant(serialised)));
                    update.setObject(2, rows.getObject(1));
                    update.executeUpdate();
                }
            }
            ddl.executeUpdate("ALTER TABLE " + table + " DROP COLUMN " + column);
            ddl.executeUpdate("RENAME COLUMN " + table + "." + temporary + " TO " + column);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static Instant instant(byte[] serialised) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialised))) {
            in.setObjectInputFilter(ONLY_JAVA_TIME);
            return (Instant) in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("An instant stored by an earlier version cannot be read back", e);
        }
    }
}
