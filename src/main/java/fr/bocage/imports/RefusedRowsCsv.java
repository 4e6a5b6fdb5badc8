package fr.bocage.imports;

import fr.bocage.platform.CsvSheet;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of an import that did not become items, as a spreadsheet for the person who fixes the manifest: its line,
 * its file, what happened ({@code duplicate}, {@code refused}, {@code failed}, as the API names it) and why.
 */
final class RefusedRowsCsv {
    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final String[] HEADER = {"ligne", "fichier", "résultat", "motif"};

    private RefusedRowsCsv() {
    }

    static String of(ImportView job) {
        List<List<?>> rows = job.errors().stream()
                .<List<?>>map(e -> Arrays.asList(e.line(), e.file(), e.status(), e.message())).toList();
        return CsvSheet.write(HEADER, rows);
    }

    static String fileName(ImportView job) {
        return "import-" + job.id() + "-lignes-refusees.csv";
    }
}
