package fr.bocage.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** An experience report written on line: its description (title required) and its sections. */
public record ReportInput(
        @Valid @NotNull(message = "{bocage.report.metadata.required}") MetadataInput metadata,
        @Valid @NotNull(message = "{bocage.report.sections.required}") ReportSections report) {
}
