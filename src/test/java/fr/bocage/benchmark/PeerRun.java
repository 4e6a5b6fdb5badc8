package fr.bocage.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The ingestion peer of issue 17 (`../shared/peer-solr`: embedded Solr and Tika's default parser in one JVM), run in a
 * JVM of its own with its README's settings, so that Bocage's rate is compared with it in the same run: absolute rates
 * vary from run to run on this machine. The peer is built once, from a copy (the shared folder is read-only in CI).
 */
final class PeerRun {

    private static final Pattern INDEXED = Pattern.compile(
            "indexed (\\d+) / (\\d+) docs, ([0-9.]+) docs/s.*?extracted text, ([0-9.]+) M chars");

    /** @param characters the characters Tika's defaults extracted, in millions, as the peer prints them */
    record Result(int indexed, int files, double documentsPerSecond, double characters) {
    }

    private final Path jar;

    private PeerRun(Path jar) {
        this.jar = jar;
    }

    /** The peer built from {@code source} into {@code build} (once: a jar already there is used as it is). */
    static PeerRun built(Path source, Path build) throws IOException, InterruptedException {
        Path jar = build.resolve("target/peer-solr-1.0.0.jar");
        if (!Files.exists(jar)) {
            copy(source, build);
            run(List.of("mvn", "-q", "-B", "package", "-DskipTests"), build, Path.of("peer-build.log"));
            if (!Files.exists(jar)) {
                throw new IOException("the peer's build left no " + jar + ": see " + build.resolve("peer-build.log"));
            }
        }
        return new PeerRun(jar);
    }

    /** The peer's {@code index} mode over {@code corpus} with {@code threads} parsing threads, in a fresh Solr home. */
    Result index(Path corpus, int threads) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("peer-solr-home");
        try {
            String output = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms2g",
                    "-Xmx2g", "-jar", jar.toString(), "index", corpus.toString(), "--threads",
                    Integer.toString(threads), "--home", home.toString()), jar.getParent(), null);
            Matcher m = INDEXED.matcher(output);
            if (!m.find()) {
                throw new IOException("the peer printed no rate:\n" + output);
            }
            return new Result(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)));
        } finally {
            delete(home);
        }
    }

    /** Runs a command to its end, an hour at most; its output, or an IOException that holds it when it fails. */
    private static String run(List<String> command, Path directory, Path log) throws IOException, InterruptedException {
        Path output = log != null ? directory.resolve(log) : Files.createTempFile("peer", ".log");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        boolean ended = process.waitFor(1, TimeUnit.HOURS);
        if (!ended) {
            process.destroyForcibly();
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        if (log == null) {
            Files.delete(output);
        }
        if (!ended || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + (ended ? " failed:\n" : " ran for an hour:\n") + text);
        }
        return text;
    }

    private static void copy(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = source.relativize(file);
                if (relative.startsWith("target")) {
                    continue;
                }
                Path copy = target.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted((a, b) -> b.getNameCount() - a.getNameCount())::iterator) {
                Files.deleteIfExists(file);
            }
        }
    }
}
