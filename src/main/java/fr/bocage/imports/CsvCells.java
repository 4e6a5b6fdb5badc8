package fr.bocage.imports;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import jakarta.validation.ConstraintViolation;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The cells of one row of a kind's CSV read as values, each refusal naming its column in French (« Colonne « siren » :
 * … »), for the person who fixes the file. A blank cell is no value.
 */
public record CsvCells(ImportRow row) {

    public String text(String column) {
        return row.cells().get(column);
    }

    public String required(String column) {
        return Optional.ofNullable(text(column)).orElseThrow(() -> refusal(column, Messages.get("import.kind.required")));
    }

    /** Values separated by « | », blanks left out. */
    public List<String> list(String column) {
        String value = text(column);
        return value == null ? List.of()
                : Arrays.stream(value.split("\\|")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    public Integer year(String column) {
        String value = text(column);
        return value == null ? null : year(column, value);
    }

    /** A year of four digits; its range is the item's rule, checked with the rest. */
    public Integer year(String column, String value) {
        if (!value.strip().matches("\\d{4}")) {
            throw refusal(column, Messages.format("import.kind.year", value));
        }
        return Integer.valueOf(value.strip());
    }

    public BigDecimal decimal(String column) {
        String value = text(column);
        return value == null ? null : decimal(column, value);
    }

    /** A number as a French spreadsheet may write it: « 12,5 » or « 12.5 », spaces between thousands. */
    public BigDecimal decimal(String column, String value) {
        try {
            return new BigDecimal(value.replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw refusal(column, Messages.format("import.kind.number", value));
        }
    }

    /** The code of a value given as its code or its label (any case); {@code labels} maps each code to its label. */
    public String choice(String column, Map<String, String> labels) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        String key = value.strip().toLowerCase(Locale.ROOT);
        return labels.entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(key)
                        || e.getValue().toLowerCase(Locale.ROOT).equals(key))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> refusal(column, Messages.format("import.kind.choice", value,
                        labels.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                                .collect(Collectors.joining(", ")))));
    }

    public static InvalidInput refusal(String column, String message) {
        return new InvalidInput(Messages.format("import.kind.cell", column, message));
    }

    /** Bean Validation's findings on an item, each under its CSV column ({@code columnOf} a property path). */
    public static InvalidInput refusal(Set<? extends ConstraintViolation<?>> violations,
            Function<String, String> columnOf) {
        return new InvalidInput(violations.stream()
                .map(v -> Messages.format("import.kind.cell", columnOf.apply(v.getPropertyPath().toString()),
                        v.getMessage()))
                .sorted().distinct().collect(Collectors.joining(" ; ")));
    }
}
