package fr.bocage.network.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An indicator of the catalogue as an administrator sends it; the code is the path's when changing one. */
public record IndicatorInput(
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{bocage.indicator.code.pattern}")
        @Size(max = 60, message = "{bocage.indicator.code.pattern}") String code,
        @NotBlank(message = "{bocage.indicator.label.required}")
        @Size(max = 200, message = "{bocage.indicator.label.size}") String label,
        @Size(max = 30, message = "{bocage.indicator.unit.size}") String unit,
        @NotBlank(message = "{bocage.indicator.aggregation.required}")
        @Pattern(regexp = "sum|max|count", message = "{bocage.indicator.aggregation.invalid}") String aggregation) {

    public IndicatorInput {
        label = label == null ? null : label.strip();
        unit = unit == null || unit.isBlank() ? null : unit.strip();
    }
}
