package fr.bocage.imports;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a metadata manifest: RFC 4180 CSV with a header line naming a {@code file} column and any of the catalogue
 * columns, some under two names ({@code theme} or {@code themes}, {@code region} or {@code territory}…). Header
 * names ignore case. A manifest that cannot be read as a whole is refused at once (400); row problems are the
 * row's own (see {@link ImportRow}).
 */
public final class ImportManifest {
    /** Header name, lower case, to canonical column. */
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("file", "file"), Map.entry("title", "title"), Map.entry("summary", "summary"),
            Map.entry("type", "type"), Map.entry("theme", "themes"), Map.entry("themes", "themes"),
            Map.entry("region", "territory"), Map.entry("territory", "territory"),
            Map.entry("audience", "audiences"), Map.entry("audiences", "audiences"), Map.entry("year", "year"),
            Map.entry("language", "language"), Map.entry("licence", "licence"), Map.entry("authors", "authors"),
            Map.entry("organisation", "organisation"), Map.entry("keywords", "keywords"));

    private ImportManifest() {
    }

    /** Every row, read in full so that a malformed manifest is refused before anything is imported. */
    public static List<ImportRow> read(Reader reader) {
        try (CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            List<ImportRow> rows = new ArrayList<>();
            Map<Integer, String> header = null;
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = header(record);
                } else if (!blank(record)) {
                    rows.add(row(record, header));
                }
            }
            if (header == null) {
                throw new InvalidInput(Messages.get("import.csv.no-file-column"));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidInput(Messages.format("import.csv.invalid", reason(e)));
        }
    }

    /** Position to canonical column; refuses unknown and repeated columns, which are typos more often than not. */
    private static Map<Integer, String> header(CSVRecord record) {
        Map<Integer, String> header = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            String column = COLUMNS.get(name);
            if (column == null) {
                throw new InvalidInput(Messages.format("import.csv.column.unknown", record.get(i).strip(),
                        String.join(", ", new TreeSet<>(COLUMNS.keySet()))));
            }
            if (header.containsValue(column)) {
                throw new InvalidInput(Messages.format("import.csv.column.repeated", record.get(i).strip()));
            }
            header.put(i, column);
        }
        if (!header.containsValue("file")) {
            throw new InvalidInput(Messages.get("import.csv.no-file-column"));
        }
        return header;
    }

    /** The header is record 1: a record's number is its line unless a quoted cell spans lines before it. */
    private static ImportRow row(CSVRecord record, Map<Integer, String> header) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < record.size() && i < header.size(); i++) {
            cells.put(header.get(i), record.get(i));
        }
        return new ImportRow(record.getRecordNumber(), cells.get("file"), cells);
    }

    private static boolean blank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
