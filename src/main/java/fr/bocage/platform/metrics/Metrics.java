package fr.bocage.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import java.util.List;

/**
 * The one registry of the server's metrics. Beans that record inject {@link MeterRegistry}; gauges are registered
 * by beans that start with the application, so that they are listed before anything has happened.
 */
@ApplicationScoped
public class Metrics {
    /** Latency buckets of the timers: enough to see a p95 move between 5 ms and 10 s, few enough to stay cheap. */
    private static final Duration[] LATENCY_BUCKETS = {
        Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /** JvmGcMetrics listens to the JVM's notifications: closed with the application, or a redeploy leaks it. */
    private final JvmGcMetrics garbageCollection = new JvmGcMetrics();

    /** A timer of latencies, with the server's buckets; tag it, then register it. */
    public static Timer.Builder latency(String name, String description) {
        return Timer.builder(name).description(description).serviceLevelObjectives(LATENCY_BUCKETS);
    }

    @PostConstruct
    void bindJvm() {
        List<MeterBinder> jvm = List.of(new JvmMemoryMetrics(), garbageCollection, new JvmThreadMetrics(),
                new ClassLoaderMetrics(), new ProcessorMetrics(), new UptimeMetrics());
        jvm.forEach(binder -> binder.bindTo(registry));
    }

    @Produces
    MeterRegistry registry() {
        return registry;
    }

    /** Every metric, in Prometheus's text exposition format (version 0.0.4). */
    public String scrape() {
        return registry.scrape();
    }

    @PreDestroy
    void close() {
        garbageCollection.close();
        registry.close();
    }
}
