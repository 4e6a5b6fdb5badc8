package fr.bocage.training;

import java.net.URI;
import java.time.Instant;

/**
 * One webinar as a calendar entry. {@code joinUrl} is null unless the reader may join (a confirmed registrant):
 * published calendars never carry it. {@code sequence} rises with every change of time (RFC 5545 SEQUENCE).
 */
public record CalendarEvent(String uid, Instant start, Instant end, String summary, String description, URI page,
        String joinUrl, int sequence) {
}
