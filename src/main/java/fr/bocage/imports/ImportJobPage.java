package fr.bocage.imports;

import fr.bocage.platform.web.Progress;

/**
 * One import, as its page shows it: its counters and progress, and each row not imported with its reason.
 *
 * @param address the page's own address, which « Actualiser » and the live refresh load again
 * @param back the list this import was started from: the administration console for a folder of documents
 */
public record ImportJobPage(ImportView job, Progress progress, String address, String back) {
}
