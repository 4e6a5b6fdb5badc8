package fr.bocage.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the benchmark server's {@code messages.log} says of its last start. */
final class StartupLog {
    /** CWWKF0011I: « The … server is ready to run a smarter planet. The … server started in 23.456 seconds. » */
    private static final Pattern STARTED = Pattern.compile("CWWKF0011I:.* started in ([0-9]+(?:[.,][0-9]+)?) seconds");

    /** What the warm-ups write when they end, done or given up (PageWarmup, SearchWarmup, IndexingWarmup). */
    private static final List<Pattern> WARMUPS_ENDED = List.of(Pattern.compile("Pages (not )?warmed up"),
            Pattern.compile("Search (not )?warmed up"), Pattern.compile("Indexing (not )?warmed up"));

    private StartupLog() {
    }

    /** True when the log shows a start, and both warm-ups ended after the last one. */
    static boolean warmedUp(Path messagesLog) throws IOException {
        if (!Files.isRegularFile(messagesLog)) {
            return false;
        }
        List<String> lines = Files.readAllLines(messagesLog, StandardCharsets.UTF_8);
        int started = lines.size() - 1;
        while (started >= 0 && !STARTED.matcher(lines.get(started)).find()) {
            started--;
        }
        List<String> since = lines.subList(Math.max(0, started), lines.size());
        return started >= 0 && WARMUPS_ENDED.stream()
                .allMatch(ended -> since.stream().anyMatch(line -> ended.matcher(line).find()));
    }

    /** The seconds of the last start recorded in the log (its applications started), if any. */
    static OptionalDouble startSeconds(Path messagesLog) {
        if (!Files.isRegularFile(messagesLog)) {
            return OptionalDouble.empty();
        }
        try {
            List<String> lines = Files.readAllLines(messagesLog, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                Matcher started = STARTED.matcher(lines.get(i));
                if (started.find()) {
                    return OptionalDouble.of(Double.parseDouble(started.group(1).replace(',', '.')));
                }
            }
        } catch (IOException e) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.empty();
    }
}
