package fr.bocage.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A row that did not become a resource, and why. */
@Embeddable
public class ImportError {

    private long line;

    @Column(length = 1000)
    private String file;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private RowOutcome outcome;

    @Column(length = 2000)
    private String message;

    protected ImportError() {
    }

    ImportError(long line, String file, RowOutcome outcome, String message) {
        this.line = line;
        this.file = abbreviate(file, 1000);
        this.outcome = outcome;
        this.message = abbreviate(message, 2000);
    }

    private static String abbreviate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public long getLine() {
        return line;
    }

    public String getFile() {
        return file;
    }

    public RowOutcome getOutcome() {
        return outcome;
    }

    public String getMessage() {
        return message;
    }
}
