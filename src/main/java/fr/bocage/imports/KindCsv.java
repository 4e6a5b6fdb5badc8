package fr.bocage.imports;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV of an {@link ImportKind}: a header line naming its columns (any case, any order), then one row per item.
 * Cells are separated by « , » (RFC 4180) or by « ; », as a French spreadsheet saves them: the header line tells
 * which. The header is checked as a whole first, so that a typo refuses the file (400) before anything is stored.
 */
public final class KindCsv {
    private static final char BOM = '\uFEFF';

    private KindCsv() {
    }

    /** Every row, cells by canonical column, blank cells left out (no value). */
    public static List<ImportRow> read(String text, ImportKind kind) {
        String csv = text.isEmpty() || text.charAt(0) != BOM ? text : text.substring(1);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(csv)).get();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            List<ImportRow> rows = new ArrayList<>();
            Map<Integer, String> header = null;
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = header(record, kind);
                } else if (!record.stream().allMatch(String::isBlank)) {
                    rows.add(row(record, header));
                }
            }
            if (header == null) {
                throw new InvalidInput(Messages.get("import.kind.empty"));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            throw new InvalidInput(Messages.format("import.kind.invalid",
                    cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
        }
    }

    /** « ; » when the header line has more of them than of « , » (outside quotes or not: header names are plain). */
    static char delimiter(String csv) {
        int end = csv.indexOf('\n');
        String first = end < 0 ? csv : csv.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    /** Position to canonical column: the kind's columns ignoring case, then what the kind makes of the others. */
    static Map<Integer, String> header(CSVRecord record, ImportKind kind) {
        Map<String, String> known = new HashMap<>();
        kind.columns().forEach(c -> known.put(c.toLowerCase(Locale.ROOT), c));
        Map<Integer, String> header = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip();
            if (name.isEmpty()) {
                throw new InvalidInput(Messages.format("import.kind.column.blank", i + 1));
            }
            String column = known.get(name.toLowerCase(Locale.ROOT));
            if (column == null) {
                column = kind.otherColumn(name);
            }
            if (header.containsValue(column)) {
                throw new InvalidInput(Messages.format("import.kind.column.repeated", name));
            }
            header.put(i, column);
        }
        return header;
    }

    /** The header is record 1: a record's number is its line unless a quoted cell spans lines before it. */
    private static ImportRow row(CSVRecord record, Map<Integer, String> header) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < record.size() && i < header.size(); i++) {
            String value = record.get(i).strip();
            if (!value.isEmpty()) {
                cells.put(header.get(i), value);
            }
        }
        return new ImportRow(record.getRecordNumber(), null, cells);
    }

    /** Far above 10,000 actions; a larger file is most likely a mistake. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    /** The body as UTF-8 text, refused when too large or not UTF-8 (a spreadsheet's Latin-1 would garble accents). */
    public static String decode(InputStream body) {
        if (body == null) {
            throw new InvalidInput(Messages.get("import.kind.empty"));
        }
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InvalidInput(InvalidInput.Reason.TOO_LARGE,
                        Messages.format("import.kind.too-large", MAX_BYTES / (1024 * 1024)));
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInput(Messages.get("import.kind.not-utf8"));
        } catch (IOException e) {
            throw new InvalidInput(Messages.format("import.kind.invalid", e.getMessage()));
        }
    }

    /** The kind's template: UTF-8 with a byte order mark (so that a spreadsheet reads its accents), « , » between cells. */
    public static String template(ImportKind kind) {
        StringWriter out = new StringWriter().append(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(kind.templateHeader());
            for (List<String> row : kind.templateRows()) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
