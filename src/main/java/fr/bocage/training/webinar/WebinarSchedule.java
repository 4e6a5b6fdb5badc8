package fr.bocage.training.webinar;

import java.time.Instant;
import java.util.List;

/** A webinar's event fields, checked and with its start resolved to an instant. */
record WebinarSchedule(Instant startsAt, int durationMinutes, List<Speaker> speakers, String series, int capacity,
        String joinUrl, String replayUrl, String recap) {
}
