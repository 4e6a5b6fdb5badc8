package fr.bocage.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The judged queries of {@code src/test/resources/relevance/queries-fr.tsv}, read from the class path: tab-separated,
 * a header line, lines starting with {@code #} are comments. Columns: {@code id}, {@code category}, {@code split}
 * ({@code dev}: may be tuned against; {@code held-out}: only to check a target), {@code query} (as a person types it)
 * and {@code relevant} (the corpus's file paths as in its {@code metadata.csv}, separated by {@code |}).
 */
record RelevanceSet(List<Judged> queries) {

    static final String RESOURCE = "/relevance/queries-fr.tsv";
    static final List<String> COLUMNS = List.of("id", "category", "split", "query", "relevant");

    /** One judged query; {@code relevant} holds the files' names (the last part of their paths). */
    record Judged(String id, String category, boolean heldOut, String query, Set<String> relevant) {
    }

    static RelevanceSet load() throws IOException {
        try (InputStream in = RelevanceSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is not on the class path");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        }
    }

    static RelevanceSet read(BufferedReader in) throws IOException {
        List<Judged> queries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String header = in.readLine();
        if (header == null || !List.of(header.split("\t")).equals(COLUMNS)) {
            throw new IOException("the header must be " + String.join("<tab>", COLUMNS) + ", not " + header);
        }
        int number = 1;
        for (String line; (line = in.readLine()) != null; ) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != COLUMNS.size() || !Set.of("dev", "held-out").contains(cells[2])
                    || cells[3].isBlank() || cells[4].isBlank() || !ids.add(cells[0])) {
                throw new IOException("line " + number + ": five columns, split dev or held-out, a query, relevant"
                        + " files and an id of its own expected: " + line);
            }
            Set<String> relevant = new HashSet<>();
            for (String path : cells[4].split("\\|")) {
                relevant.add(fileName(path.strip()));
            }
            queries.add(new Judged(cells[0], cells[1], cells[2].equals("held-out"), cells[3], relevant));
        }
        return new RelevanceSet(List.copyOf(queries));
    }

    /** The name the server keeps of an uploaded or imported file: the last part of its path. */
    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
