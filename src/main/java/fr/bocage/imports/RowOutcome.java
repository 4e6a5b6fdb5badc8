package fr.bocage.imports;

/** What became of one row of an import. */
public enum RowOutcome {
    CREATED, DUPLICATE, REFUSED, FAILED
}
