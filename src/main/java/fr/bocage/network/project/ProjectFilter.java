package fr.bocage.network.project;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The list's filters: a partner's country (ISO code) and the period, {@code current}, {@code upcoming} or
 * {@code ended} on a given day; null for any.
 */
public record ProjectFilter(String country, String period) {
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern PERIOD = Pattern.compile("current|upcoming|ended");
    public static final ProjectFilter NONE = new ProjectFilter(null, null);

    /** @throws InvalidInput naming the field of a value no project could match */
    public static ProjectFilter of(String country, String period) {
        String c = country == null || country.isBlank() ? null : country.strip();
        String p = period == null || period.isBlank() ? null : period.strip();
        if (c != null && !COUNTRY.matcher(c).matches()) {
            throw refuse("country", Messages.get("project.filter.country"));
        }
        if (p != null && !PERIOD.matcher(p).matches()) {
            throw refuse("period", Messages.get("project.filter.period"));
        }
        return new ProjectFilter(c, p);
    }

    boolean inPeriod(Project project, LocalDate today) {
        return period == null || switch (period) {
            case "current" -> !today.isBefore(project.getStartDate()) && !today.isAfter(project.getEndDate());
            case "upcoming" -> today.isBefore(project.getStartDate());
            default -> today.isAfter(project.getEndDate());
        };
    }

    private static InvalidInput refuse(String field, String message) {
        return new InvalidInput(InvalidInput.Reason.INVALID, message, Map.of(field, message));
    }
}
