package fr.bocage.benchmark;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Closed-loop connections asking for a target's paths in turn for a period: what {@link LoadRun} measures with. */
interface LoadGenerator {

    /** A period's figures: only 200 answers count as served and are timed. */
    record Sample(int served, double seconds, double p50Millis, double p99Millis, int errors, int overloaded,
                  int timeouts, String firstError) {

        double perSecond() {
            return served / seconds;
        }
    }

    /** What the generator is, for the report. */
    String describe();

    Sample drive(URI base, List<String> paths, int connections, Duration period, Duration timeout) throws Exception;

    /** wrk when it is installed (it takes little of the two cores the server needs), else the Java generator. */
    static LoadGenerator best() {
        return WrkLoadGenerator.installed().<LoadGenerator>map(wrk -> wrk).orElseGet(JavaLoadGenerator::new);
    }
}
