package fr.bocage.admin;

import fr.bocage.imports.ImportView;

/**
 * The dashboard: the latest import (or null), the index against the database and the state of its last maintenance
 * ({@code idle}, {@code running}, {@code done}, {@code failed}), and the outbox's counts.
 */
public record ConsolePage(ImportView lastImport, IndexHealth.Counts index, String indexState, long mailPending,
        long mailSent, long mailFailed) {
}
