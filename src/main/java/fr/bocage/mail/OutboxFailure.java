package fr.bocage.mail;

import java.time.Instant;

/** A message given up after its last try, as the administration console lists it, without its content. */
public record OutboxFailure(long id, String recipient, String subject, int attempts, String error, Instant createdAt) {
}
