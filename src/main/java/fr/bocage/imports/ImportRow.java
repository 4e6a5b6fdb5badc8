package fr.bocage.imports;

import fr.bocage.catalog.MetadataInput;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One row of a metadata manifest: its line, the file it names and its cells by canonical column name (see
 * {@link ImportManifest}). Turning it into a file and metadata may refuse the row, never the whole manifest.
 */
public record ImportRow(long line, String file, Map<String, String> cells) {

    public ImportRow {
        cells = Map.copyOf(cells);
    }

    /** The row's file inside {@code folder}; refused when the cell is empty or the path leaves the folder. */
    public Path resolveIn(Path folder) {
        if (file == null || file.isBlank()) {
            throw new InvalidInput(Messages.get("import.row.file.required"));
        }
        return ImportPaths.within(folder, file)
                .orElseThrow(() -> new InvalidInput(Messages.format("import.row.file.outside", file)));
    }

    /** The row's metadata, vocabulary values still as written (code or label), as the upload API takes them. */
    public MetadataInput metadata() {
        return new MetadataInput(cell("title"), cell("summary"), cell("type"), list("themes", "\\|"),
                cell("territory"), list("audiences", "\\|"), year(), null, cell("language"), cell("licence"),
                list("authors", "[|;]"), cell("organisation"), list("keywords", "\\|"), null);
    }

    private String cell(String column) {
        return cells.get(column);
    }

    private List<String> list(String column, String separators) {
        String value = cell(column);
        return value == null ? List.of() : List.of(value.split(separators));
    }

    private Integer year() {
        return MetadataInput.parseYear(cell("year"));
    }
}
