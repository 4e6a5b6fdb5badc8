package fr.bocage.platform;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV files as a French spreadsheet opens them at a double click: UTF-8 with its byte order mark and « ; » between
 * fields. Whatever people typed that a spreadsheet would run as a formula is shown as text (OWASP's CSV injection
 * advice): every feature's CSV goes through here.
 */
public final class CsvSheet {
    private static final char BOM = '\uFEFF';
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvSheet() {
    }

    /** The header, then one record per row; strings are guarded by {@link #text}, numbers written as they are. */
    public static String write(String[] header, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter().append(BOM);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader(header).get();
        try (CSVPrinter printer = format.print(out)) {
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(v -> v instanceof String s ? text(s) : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Typed text that a spreadsheet would take for a formula gets a leading apostrophe, which shows it as text. */
    public static String text(String typed) {
        return typed != null && !typed.isEmpty() && FORMULA_STARTS.indexOf(typed.charAt(0)) >= 0 ? "'" + typed : typed;
    }
}
