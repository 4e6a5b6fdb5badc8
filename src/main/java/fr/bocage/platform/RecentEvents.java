package fr.bocage.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When recent events happened, by key (an account, a client address, an e-mail address), for one limit that counts
 * them over a sliding window. In memory and bounded: a flood of new keys costs memory only up to {@code maxKeys}.
 * To make room, the least recently touched key that holds nobody back (fewer than {@code holdingFrom} events within
 * the window) goes; a key that holds someone back goes only when every key does. So an
 * attacker with many addresses or names cannot flush the count that is slowing them down: they would need as many
 * keys at the limit as the map holds. Each limit has its own instance, so that keys of one kind (client addresses,
 * which are cheap to change) never push out keys of another (accounts). Not thread-safe: its owner synchronises.
 */
public final class RecentEvents {
    private final Map<String, Deque<Instant>> events = new LinkedHashMap<>(16, 0.75f, true);
    private final int maxKeys;
    private final Duration window;
    private final int holdingFrom;

    public RecentEvents(int maxKeys, Duration window, int holdingFrom) {
        this.maxKeys = maxKeys;
        this.window = window;
        this.holdingFrom = holdingFrom;
    }

    /** The key's events within the window before {@code now}, oldest first; empty when there are none. */
    public Deque<Instant> within(String key, Instant now) {
        Deque<Instant> times = events.get(key);
        if (times == null) {
            return new ArrayDeque<>();
        }
        prune(times, now);
        return times;
    }

    /** Adds an event at {@code now}, keeping at most {@code keep} of the key's latest events. */
    public void add(String key, Instant now, int keep) {
        Deque<Instant> times = events.get(key);
        if (times == null) {
            if (events.size() >= maxKeys) {
                makeRoom(now);
            }
            times = new ArrayDeque<>();
            events.put(key, times);
        }
        prune(times, now);
        times.addLast(now);
        while (times.size() > keep) {
            times.removeFirst();
        }
    }

    public void forget(String key) {
        events.remove(key);
    }

    public int size() {
        return events.size();
    }

    /** The least recently touched key that holds nobody back (expired or below the limit), else the oldest of all. */
    private void makeRoom(Instant now) {
        for (Iterator<Map.Entry<String, Deque<Instant>>> it = events.entrySet().iterator(); it.hasNext(); ) {
            Deque<Instant> times = it.next().getValue();
            prune(times, now);
            if (times.size() < holdingFrom) {
                it.remove();
                return;
            }
        }
        events.remove(events.keySet().iterator().next());
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(window);
        while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
            times.removeFirst();
        }
    }
}
