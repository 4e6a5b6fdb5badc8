package fr.bocage.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The databases Bocage runs on; their migrations differ where their SQL does. */
public enum DatabaseVendor {
    DERBY,
    POSTGRESQL;

    /** Asks the connection rather than the configuration, so that what runs is what is migrated. */
    public static DatabaseVendor of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("derby")) {
            return DERBY;
        }
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new IllegalStateException("Unsupported database: " + product);
    }

    /** The classpath folder of this vendor's migrations. */
    public String migrations() {
        return "db/migration/" + name().toLowerCase(Locale.ROOT);
    }
}
