/**
 * Backups of all state (database, stored files, extracted text) into dated folders with a manifest, and the restore
 * of one into an empty data folder at start-up. The index is not backed up: it is rebuilt from the restored text.
 */
package fr.bocage.backup;
