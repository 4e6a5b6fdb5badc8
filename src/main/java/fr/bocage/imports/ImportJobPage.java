package fr.bocage.imports;

/** One import, as its page shows it: its counters, and each row not imported with its reason. */
public record ImportJobPage(ImportView job, boolean running) {
}
