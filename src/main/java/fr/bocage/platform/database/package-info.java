/**
 * The database under the persistence unit: which one (Derby or PostgreSQL, chosen by {@code BOCAGE_DB} in Liberty's
 * configuration) and its schema, versioned by Flyway migrations that run at start-up before any entity is read.
 */
package fr.bocage.platform.database;
