package fr.bocage.platform.database;

import fr.bocage.platform.StartupOrder;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the version this code expects, before anything else observes the start (the persistence unit
 * no longer creates tables). A data folder made when EclipseLink still created the schema has those tables but no
 * Flyway history: it is baselined at version 1, which is that very schema, and gets the later versions only.
 */
@ApplicationScoped
public class SchemaMigration {
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());
    /**
     * Flyway warns at each connection that Derby 10.16 is newer than the 10.15 it was verified with: nothing to act
     * on (10.16 is the last Derby for Java 17, and Flyway's Derby support ended with 12.4). Held, since the level of
     * a logger nobody references is forgotten.
     */
    private static final Logger FLYWAY_DATABASE = quiet("org.flywaydb.core.internal.database.base.Database");

    /** The version of the schema EclipseLink made (V1 describes it). */
    static final String ECLIPSELINK_SCHEMA = "1";

    @Resource(lookup = "jdbc/bocage")
    DataSource dataSource;

    void onStart(@Observes @Priority(StartupOrder.SCHEMA) @Initialized(ApplicationScoped.class) Object ignored)
            throws SQLException {
        migrate(dataSource);
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    /** @return the schema version reached */
    public static String migrate(DataSource dataSource) throws SQLException {
        DatabaseVendor vendor;
        try (Connection connection = dataSource.getConnection()) {
            vendor = DatabaseVendor.of(connection);
        }
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + vendor.migrations())
                .baselineOnMigrate(true)
                .baselineVersion(ECLIPSELINK_SCHEMA)
                .baselineDescription("schema made by EclipseLink")
                .load();
        MigrateResult result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        if (current == null) {
            // A scan that sees nothing (a class loader URL Flyway cannot list) would otherwise start on no schema.
            throw new IllegalStateException("No migration found in " + vendor.migrations());
        }
        String version = current.getVersion().getVersion();
        if (result.migrationsExecuted > 0) {
            LOG.info(() -> vendor + " schema migrated from version " + result.initialSchemaVersion + " to " + version
                    + " (" + result.migrationsExecuted + " migrations)");
        }
        return version;
    }
}
