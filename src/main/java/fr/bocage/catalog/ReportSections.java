package fr.bocage.catalog;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The sections of an experience report as the API reads and writes them; any may be left empty while it is a
 * draft.
 */
@JsonbPropertyOrder({"context", "objectives", "actions", "results", "difficulties", "lessons", "partners", "budget",
        "period", "contact"})
public record ReportSections(
        @Size(max = MAX, message = "{bocage.report.size}") String context,
        @Size(max = MAX, message = "{bocage.report.size}") String objectives,
        @Size(max = MAX, message = "{bocage.report.size}") String actions,
        @Size(max = MAX, message = "{bocage.report.size}") String results,
        @Size(max = MAX, message = "{bocage.report.size}") String difficulties,
        @Size(max = MAX, message = "{bocage.report.size}") String lessons,
        @Size(max = MAX, message = "{bocage.report.size}") String partners,
        @Size(max = SHORT, message = "{bocage.report.short.size}") String budget,
        @Size(max = SHORT, message = "{bocage.report.short.size}") String period,
        @Size(max = SHORT, message = "{bocage.report.short.size}") String contact) {

    static final int MAX = 20_000;
    static final int SHORT = 500;

    public ReportSections {
        context = strip(context);
        objectives = strip(objectives);
        actions = strip(actions);
        results = strip(results);
        difficulties = strip(difficulties);
        lessons = strip(lessons);
        partners = strip(partners);
        budget = strip(budget);
        period = strip(period);
        contact = strip(contact);
    }

    /** Sections given one by one, for example from the fields of a form. */
    public static ReportSections of(Function<ReportSection, String> text) {
        return new ReportSections(text.apply(ReportSection.CONTEXT), text.apply(ReportSection.OBJECTIVES),
                text.apply(ReportSection.ACTIONS), text.apply(ReportSection.RESULTS),
                text.apply(ReportSection.DIFFICULTIES), text.apply(ReportSection.LESSONS),
                text.apply(ReportSection.PARTNERS), text.apply(ReportSection.BUDGET), text.apply(ReportSection.PERIOD),
                text.apply(ReportSection.CONTACT));
    }

    /** The text of one section, null when empty. */
    public String get(ReportSection section) {
        return switch (section) {
            case CONTEXT -> context;
            case OBJECTIVES -> objectives;
            case ACTIONS -> actions;
            case RESULTS -> results;
            case DIFFICULTIES -> difficulties;
            case LESSONS -> lessons;
            case PARTNERS -> partners;
            case BUDGET -> budget;
            case PERIOD -> period;
            case CONTACT -> contact;
        };
    }

    /** The filled sections, in reading order. */
    public Map<ReportSection, String> filled() {
        Map<ReportSection, String> filled = new EnumMap<>(ReportSection.class);
        for (ReportSection section : ReportSection.values()) {
            if (get(section) != null) {
                filled.put(section, get(section));
            }
        }
        return filled;
    }

    /** The text that search indexes: each filled section under its heading. */
    public String text() {
        StringBuilder text = new StringBuilder();
        filled().forEach((section, value) -> text.append(section.label()).append('\n').append(value).append("\n\n"));
        return text.toString().strip();
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
