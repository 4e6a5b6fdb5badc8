package fr.bocage.imports;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import java.util.List;

/**
 * A kind of item imported from a CSV sent with the request, one row per item (actors, actions): the features floor
 * contributes it as a CDI bean, and the import jobs run its rows as they run a folder's (progress, counters, refused
 * rows with their reasons, one job at a time). Imports know nothing of the items themselves.
 */
public interface ImportKind {

    /** Its name in the API and the page ({@code actors}, {@code actions}); lower case, no space. */
    String name();

    /** The columns it reads, as the template writes them; a header names them in any case and order. */
    List<String> columns();

    /**
     * A header cell that is none of {@link #columns()}: the column's canonical name when the kind reads it (an
     * indicator of a year), else an {@link InvalidInput} saying why, which refuses the whole file before any row.
     */
    default String otherColumn(String header) {
        throw new InvalidInput(Messages.format("import.kind.column.unknown", header, String.join(", ", columns())));
    }

    /** The header of its template, by default its columns. */
    default List<String> templateHeader() {
        return columns();
    }

    /** Example rows of its template, one cell per column of {@link #templateHeader()}. */
    List<List<String>> templateRows();

    /**
     * Imports one row (cells by canonical column; an empty cell is absent), all of it or nothing: a row it cannot take
     * throws a domain error whose message names the column and what is wrong ({@code Conflict}: already there, a
     * duplicate, which makes running a file again safe).
     */
    void importRow(ImportRow row, ImportContext context);
}
