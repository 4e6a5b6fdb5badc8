package fr.bocage.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a corpus folder's {@code metadata.csv} ({@code file,title,type,theme,region,year,language}).
 * Titles and themes contain commas and doubled quotes ({@code "Climat, air, énergie"}), so this is a real RFC 4180
 * reader: quoted fields, {@code ""} escapes, line breaks inside quotes, CRLF or LF line ends.
 */
final class CorpusCsv {

    /** One document of the corpus, with the metadata the server receives as form fields. */
    record Entry(Path file, long bytes, String title, String type, String theme, String region, String year,
                 String language) {
    }

    private static final List<String> COLUMNS = List.of("file", "title", "type", "theme", "region", "year", "language");

    private CorpusCsv() {
    }

    /** Reads {@code dir/metadata.csv}; {@code limit} &le; 0 means every row. Fails on a listed file that is missing. */
    static List<Entry> read(Path dir, int limit) throws IOException {
        List<List<String>> rows;
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("metadata.csv"), StandardCharsets.UTF_8)) {
            rows = parse(in);
        }
        if (rows.isEmpty()) {
            throw new IOException("metadata.csv is empty in " + dir);
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i).replace("\uFEFF", "").trim(), i);
        }
        for (String column : COLUMNS) {
            if (!index.containsKey(column)) {
                throw new IOException("metadata.csv has no column '" + column + "': " + header);
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (limit > 0 && entries.size() == limit) {
                break;
            }
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            Path file = dir.resolve(cell(row, index, "file"));
            entries.add(new Entry(file, Files.size(file), cell(row, index, "title"), cell(row, index, "type"),
                    cell(row, index, "theme"), cell(row, index, "region"), cell(row, index, "year"),
                    cell(row, index, "language")));
        }
        return entries;
    }

    private static String cell(List<String> row, Map<String, Integer> index, String column) {
        int i = index.get(column);
        return i < row.size() ? row.get(i) : "";
    }

    /** Splits RFC 4180 text into rows of fields. */
    static List<List<String>> parse(Reader in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false; // just saw a quote inside a quoted field: either "" or the closing quote
        int c;
        while ((c = in.read()) != -1) {
            if (afterQuote) {
                afterQuote = false;
                if (c == '"') {
                    field.append('"');
                    continue;
                }
                quoted = false;
            } else if (quoted) {
                if (c == '"') {
                    afterQuote = true;
                } else {
                    field.append((char) c);
                }
                continue;
            }
            switch (c) {
                case '"' -> quoted = true;
                case ',' -> {
                    row.add(field.toString());
                    field.setLength(0);
                }
                case '\r' -> {
                    // the LF that follows ends the row
                }
                case '\n' -> {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                }
                default -> field.append((char) c);
            }
        }
        if (quoted && !afterQuote) {
            throw new IOException("unterminated quoted field at end of CSV");
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
