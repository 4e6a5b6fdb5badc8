package fr.bocage.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real embedded Derby database laid out as versions before the instant converter left it. */
class LegacyTimestampsTest {
    private static final Instant CREATED = Instant.parse("2026-11-20T08:15:30.123456Z");
    private static final Instant UPDATED = Instant.parse("2026-11-21T17:00:00Z");

    @TempDir
    Path folder;

    private Connection connection;

    @BeforeEach
    void oldDatabase() throws SQLException, IOException {
        connection = DriverManager.getConnection("jdbc:derby:" + folder.resolve("db") + ";create=true");
        try (Statement sql = connection.createStatement()) {
            sql.executeUpdate("CREATE TABLE RESOURCE (ID BIGINT NOT NULL PRIMARY KEY, TITLE VARCHAR(500),"
                    + " CREATEDAT BLOB(64000) NOT NULL, UPDATEDAT BLOB(64000) NOT NULL)");
            sql.executeUpdate("CREATE TABLE ACCOUNT (ID BIGINT NOT NULL PRIMARY KEY, CREATEDAT TIMESTAMP NOT NULL)");
            sql.executeUpdate("CREATE TABLE IMPORT_JOB (ID BIGINT NOT NULL PRIMARY KEY, STARTEDAT BLOB(64000),"
                    + " FINISHEDAT BLOB(64000))");
        }
        insert("INSERT INTO RESOURCE VALUES (1, 'Guide des haies', ?, ?)", serialised(CREATED), serialised(UPDATED));
        insert("INSERT INTO IMPORT_JOB VALUES (7, ?, ?)", serialised(CREATED), null);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void turnsSerialisedInstantsIntoTimestampsAndLeavesTheRestAlone() throws SQLException {
        assertEquals(Set.of("RESOURCE.CREATEDAT", "RESOURCE.UPDATEDAT", "IMPORT_JOB.STARTEDAT", "IMPORT_JOB.FINISHEDAT"),
                new HashSet<>(LegacyTimestamps.convert(connection)));
        try (Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("SELECT TITLE, CREATEDAT, UPDATEDAT FROM RESOURCE WHERE ID = 1")) {
            row.next();
            assertEquals("Guide des haies", row.getString(1));
            assertEquals(CREATED, row.getTimestamp(2).toInstant());
            assertEquals(UPDATED, row.getTimestamp(3).toInstant());
        }
        try (Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("SELECT STARTEDAT, FINISHEDAT FROM IMPORT_JOB WHERE ID = 7")) {
            row.next();
            assertEquals(CREATED, row.getTimestamp(1).toInstant());
            assertNull(row.getTimestamp(2));
        }
        assertEquals(List.of(), LegacyTimestamps.convert(connection), "a second start has nothing left to do");
    }

    @Test
    void anythingButAnInstantIsRefusedAndTheColumnKept() throws SQLException, IOException {
        insert("INSERT INTO RESOURCE VALUES (2, 'Piège', ?, ?)", serialised(new Intruder()), serialised(UPDATED));
        assertThrows(IllegalStateException.class, () -> LegacyTimestamps.convert(connection));
        try (ResultSet column = connection.getMetaData().getColumns(null, null, "RESOURCE", "CREATEDAT")) {
            column.next();
            assertEquals("BLOB", column.getString("TYPE_NAME"), "rolled back");
        }
    }

    /** Stands for any class an attacker could have slipped into a stored object. */
    private static final class Intruder implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private void insert(String statement, byte[] first, byte[] second) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(statement)) {
            insert.setBytes(1, first);
            insert.setBytes(2, second);
            insert.executeUpdate();
        }
    }

    private static byte[] serialised(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }
}
