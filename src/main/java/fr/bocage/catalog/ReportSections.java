package fr.bocage.catalog;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.Map;

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

    /** The filled sections, in reading order. */
    public Map<ReportSection, String> filled() {
        Map<ReportSection, String> filled = new EnumMap<>(ReportSection.class);
        String[] values = {context, objectives, actions, results, difficulties, lessons, partners, budget, period, contact};
        for (ReportSection section : ReportSection.values()) {
            if (values[section.ordinal()] != null) {
                filled.put(section, values[section.ordinal()]);
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
