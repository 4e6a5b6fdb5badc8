package fr.bocage.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Work done once after a start, in the background, so that the first visitors and the first import find the code
 * compiled: the server is not ready until it ends ({@link Warmups}). Off with {@code bocage.warmup.enabled=false}.
 */
public abstract class StartupWarmup {

    @Resource
    ManagedExecutorService executor;

    @Inject
    Warmups warmups;

    @Inject
    @ConfigProperty(name = "bocage.warmup.enabled", defaultValue = "true")
    boolean enabled;

    private final String name;
    private volatile boolean stopping;

    /** @param name what is warmed up, as readiness and the log name it */
    protected StartupWarmup(String name) {
        this.name = name;
    }

    protected void onStart(@Observes @Priority(StartupOrder.WARMUP) @Initialized(ApplicationScoped.class)
            Object ignored) {
        if (enabled) {
            warmups.begin(name);
            executor.submit(() -> {
                try {
                    warm();
                } finally {
                    warmups.end(name);
                }
            });
        }
    }

    protected void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        stopping = true;
    }

    /** The work, bounded in time; it logs its own outcome, and may end early once {@link #stopping()}. */
    protected abstract void warm();

    /** True once the application is stopping. */
    protected boolean stopping() {
        return stopping;
    }
}
