package fr.bocage.search;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;

/**
 * The index directory: one {@code gen-<n>} sub-directory per generation and a {@code current} file naming the live
 * one. The pointer is replaced atomically, so a crash leaves either the old or the new generation live, never none.
 */
final class GenerationLayout {

    private static final String POINTER = "current";
    private static final Pattern GENERATION = Pattern.compile("gen-(\\d+)");

    private final Path base;

    GenerationLayout(Path base) throws IOException {
        this.base = Files.createDirectories(base);
    }

    Path path(String generation) {
        return base.resolve(generation);
    }

    /** The live generation, if the pointer exists, is well-formed and names an existing directory. */
    Optional<String> current() throws IOException {
        String name;
        try {
            name = Files.readString(base.resolve(POINTER), StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        return GENERATION.matcher(name).matches() && Files.isDirectory(path(name)) ? Optional.of(name) : Optional.empty();
    }

    void setCurrent(String generation) throws IOException {
        Path temp = base.resolve(POINTER + ".tmp");
        Files.writeString(temp, generation + "\n", StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(temp, base.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        IOUtils.fsync(base, true);
    }

    /** A name no existing directory uses. */
    String nextGeneration() throws IOException {
        long highest = generations().stream().mapToLong(GenerationLayout::number).max().orElse(0);
        return "gen-" + (highest + 1);
    }

    /**
     * Deletes every other generation. Best effort: a directory still held open (a searcher in use, or Windows file
     * locks) is left for the next call.
     */
    void deleteAllExcept(String keep) throws IOException {
        for (String generation : generations()) {
            if (!generation.equals(keep)) {
                delete(generation);
            }
        }
    }

    void delete(String generation) {
        try {
            IOUtils.rm(path(generation));
        } catch (IOException e) {
            System.getLogger(GenerationLayout.class.getName())
                    .log(System.Logger.Level.WARNING, "Could not delete index generation " + path(generation), e);
        }
    }

    private List<String> generations() throws IOException {
        try (Stream<Path> children = Files.list(base)) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> GENERATION.matcher(n).matches()).toList();
        }
    }

    private static long number(String generation) {
        Matcher matcher = GENERATION.matcher(generation);
        return matcher.matches() ? Long.parseLong(matcher.group(1)) : 0;
    }
}
