package fr.bocage.platform.database;

import fr.bocage.platform.StartupOrder;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
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

    /** The version of the schema EclipseLink made (V1 describes it). */
    static final String ECLIPSELINK_SCHEMA = "1";

    @Resource(lookup = "jdbc/bocage")
    DataSource dataSource;

    void onStart(@Observes @Priority(StartupOrder.SCHEMA) @Initialized(ApplicationScoped.class) Object ignored)
            throws SQLException {
        migrate(dataSource);
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
        if (flyway.info().all().length == 0) {
            // A scan that sees nothing (an unknown class loader URL) would otherwise start on an empty database.
            throw new IllegalStateException("No migration found in " + vendor.migrations());
        }
        MigrateResult result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        String version = current == null ? null : current.getVersion().getVersion();
        if (result.migrationsExecuted > 0) {
            LOG.info(() -> vendor + " schema migrated from version " + result.initialSchemaVersion + " to " + version
                    + " (" + result.migrationsExecuted + " migrations)");
        }
        return version;
    }
}
