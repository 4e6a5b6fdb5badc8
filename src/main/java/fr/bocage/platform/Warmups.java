package fr.bocage.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The warm-ups running after a start (searches, pages): the server says it is ready only once they have ended, so
 * that a load balancer sends it visitors when it answers them at full speed. Each warm-up is bounded in time.
 */
@ApplicationScoped
public class Warmups {
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    /** Called before the warm-up is handed to its thread, so that readiness cannot be asked in between. */
    public void begin(String name) {
        running.add(name);
    }

    /** Called when it has ended, done or given up. */
    public void end(String name) {
        running.remove(name);
    }

    /** The warm-ups not ended yet, by name. */
    public Set<String> running() {
        return Set.copyOf(running);
    }
}
