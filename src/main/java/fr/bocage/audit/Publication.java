package fr.bocage.audit;

import java.time.Instant;

/** A resource became published (created so, or moved to it) at {@code at}: when it became news. */
public record Publication(long resourceId, Instant at) {
}
