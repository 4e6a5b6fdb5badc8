/**
 * The server's metrics: one Micrometer registry that every floor records into (requests, searches, extractions,
 * imports, the outbox, the index, the JVM), read in Prometheus's text format at {@code /api/metrics} by the
 * administrators and the accounts given the {@code metrics} role (a scraper).
 */
package fr.bocage.platform.metrics;
