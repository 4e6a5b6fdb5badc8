package fr.bocage.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When recent events happened, by key (an account, a client address, an e-mail address), for the limits that count
 * them over a sliding window. In memory and bounded: beyond {@code maxKeys} keys the least recently touched go
 * first, so a flood of new keys costs memory only up to that bound. Not thread-safe: its owner synchronises.
 */
final class RecentEvents {
    private final Map<String, Deque<Instant>> events;

    RecentEvents(int maxKeys) {
        events = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** The key's events within {@code window} before {@code now}, oldest first; empty when there are none. */
    Deque<Instant> within(String key, Duration window, Instant now) {
        Deque<Instant> times = events.get(key);
        if (times == null) {
            return new ArrayDeque<>();
        }
        prune(times, window, now);
        return times;
    }

    /** Adds an event at {@code now}, keeping at most {@code keep} of the key's latest events. */
    void add(String key, Duration window, Instant now, int keep) {
        Deque<Instant> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        prune(times, window, now);
        times.addLast(now);
        while (times.size() > keep) {
            times.removeFirst();
        }
    }

    void forget(String key) {
        events.remove(key);
    }

    private static void prune(Deque<Instant> times, Duration window, Instant now) {
        Instant oldest = now.minus(window);
        while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
            times.removeFirst();
        }
    }
}
