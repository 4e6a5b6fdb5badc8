package fr.bocage.network.action;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An indicator column of the actions' CSV: its header is the indicator's code and a year, {@code code:year}, e.g.
 * {@code hedges-planted-m:2023}; its cells are that year's values. A header of this form with an unknown code or a
 * year out of range refuses the file; a header of another form is not an indicator column.
 */
record IndicatorColumn(String code, int year) {
    private static final Pattern FORM = Pattern.compile("\\s*([^:\\s]+)\\s*:\\s*(\\S+)\\s*");

    /** The header as an indicator column, if it has the form {@code code:year}; a 400 if the form is right but not the code or year. */
    static Optional<IndicatorColumn> parse(String header, Collection<String> codes) {
        Matcher form = FORM.matcher(header);
        if (!form.matches()) {
            return Optional.empty();
        }
        String code = form.group(1).toLowerCase(Locale.ROOT);
        if (!codes.contains(code)) {
            throw new InvalidInput(Messages.format("import.kind.indicator.column", header.strip(), form.group(1),
                    String.join(", ", codes)));
        }
        String year = form.group(2);
        if (!year.matches("\\d{4}") || Integer.parseInt(year) < ActionInput.FIRST_YEAR
                || Integer.parseInt(year) > ActionInput.LAST_YEAR) {
            throw new InvalidInput(Messages.format("import.kind.indicator.column-year", header.strip(), year));
        }
        return Optional.of(new IndicatorColumn(code, Integer.parseInt(year)));
    }

    /** Its canonical header, which the rows' cells are keyed by. */
    String header() {
        return code + ":" + year;
    }
}
