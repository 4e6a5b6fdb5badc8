package fr.bocage.imports;

import fr.bocage.platform.security.Caller;

/**
 * Who runs an import, as they were when they started it (the rows run in the background, outside their request),
 * and whether what it creates is published at once or submitted to moderation.
 */
public record ImportContext(Caller caller, boolean publish) {
}
