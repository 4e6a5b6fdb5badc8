package fr.bocage.portal.form;

import fr.bocage.catalog.ReportSection;
import fr.bocage.catalog.ReportSections;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The sections of an experience report as a form shows them, in reading order, with what is written so far. */
public final class ReportForm {

    /** A section's field: its name in the form, its heading, its text, and whether it is a long text. */
    public record Field(String name, String label, String value, boolean longText) {
    }

    private final List<Field> fields;

    private ReportForm(List<Field> fields) {
        this.fields = fields;
    }

    public static ReportForm of(ReportSections sections) {
        return new ReportForm(Arrays.stream(ReportSection.values())
                .map(s -> new Field(name(s), s.label(), sections == null ? null : sections.get(s), isLong(s))).toList());
    }

    /** The sections as typed in a posted form. */
    public static ReportSections read(HttpServletRequest request) {
        return ReportSections.of(section -> request.getParameter(name(section)));
    }

    public List<Field> getFields() {
        return fields;
    }

    private static String name(ReportSection section) {
        return section.name().toLowerCase(Locale.ROOT);
    }

    private static boolean isLong(ReportSection section) {
        return section.ordinal() < ReportSection.BUDGET.ordinal();
    }
}
