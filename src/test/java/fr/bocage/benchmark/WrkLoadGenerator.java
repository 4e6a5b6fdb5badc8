package fr.bocage.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * <a href="https://github.com/wg/wrk">wrk</a> (Debian package {@code wrk}), as the issue measured with: two threads
 * of event-driven connections, written in C, which leave the server most of the machine. The script {@code load.lua}
 * rotates over the paths and writes the figures on one line.
 */
final class WrkLoadGenerator implements LoadGenerator {
    private static final Pattern FIGURE = Pattern.compile("(\\w+)=(\\d+)");
    private static final int THREADS = 2;

    private final Path executable;

    private WrkLoadGenerator(Path executable) {
        this.executable = executable;
    }

    /** wrk from the PATH, if there. */
    static Optional<WrkLoadGenerator> installed() {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(folder, "wrk");
            if (!folder.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(new WrkLoadGenerator(candidate));
            }
        }
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "wrk (" + executable + "), " + THREADS + " threads";
    }

    @Override
    public Sample drive(URI base, List<String> paths, int connections, Duration period, Duration timeout)
            throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("bocage-load");
        try {
            Path script = folder.resolve("load.lua");
            try (InputStream in = WrkLoadGenerator.class.getResourceAsStream("load.lua")) {
                Files.copy(in, script);
            }
            Path list = Files.write(folder.resolve("paths.txt"), paths, StandardCharsets.UTF_8);
            Process wrk = new ProcessBuilder(executable.toString(), "-t" + Math.min(THREADS, connections),
                    "-c" + connections, "-d" + period.toSeconds() + "s", "--timeout", timeout.toSeconds() + "s",
                    "-s", script.toString(), base.toString(), "--", list.toString())
                    .redirectErrorStream(true).start();
            String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!wrk.waitFor(period.toSeconds() + 60, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
                throw new IOException("wrk failed: " + output);
            }
            return sample(output, period);
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }

    /** The figures of the script's line; {@code period} stands for wrk's own duration if the line lacks it. */
    static Sample sample(String output, Duration period) throws IOException {
        String line = output.lines().filter(l -> l.startsWith("bocage-load ")).findFirst()
                .orElseThrow(() -> new IOException("wrk printed no figures: " + output));
        Map<String, Long> figures = new HashMap<>();
        Matcher figure = FIGURE.matcher(line);
        while (figure.find()) {
            figures.put(figure.group(1), Long.parseLong(figure.group(2)));
        }
        long responses = figures.getOrDefault("responses", 0L);
        long statusErrors = figures.getOrDefault("status_errors", 0L);
        long overloaded = figures.getOrDefault("overloaded", 0L);
        long micros = figures.getOrDefault("micros", period.toNanos() / 1_000);
        int errors = (int) (statusErrors - overloaded + figures.getOrDefault("socket_errors", 0L));
        String firstError = errors == 0 ? null : "answers of 400 and above other than 503, or socket errors (wrk only counts them)";
        return new Sample((int) (responses - statusErrors), micros / 1e6,
                figures.getOrDefault("p50", 0L) / 1e3, figures.getOrDefault("p99", 0L) / 1e3, errors,
                (int) overloaded, figures.getOrDefault("timeouts", 0L).intValue(),
                firstError);
    }
}
