package fr.bocage.network.action;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** One value of an action as a client sends it: an indicator's code, a year and a value of zero or more. */
public record IndicatorValueInput(
        @NotBlank(message = "{bocage.action.indicator.required}") String indicator,
        @NotNull(message = "{bocage.action.year.required}")
        @Min(value = ActionInput.FIRST_YEAR, message = "{bocage.action.year.range}")
        @Max(value = ActionInput.LAST_YEAR, message = "{bocage.action.year.range}") Integer year,
        @NotNull(message = "{bocage.action.value.required}")
        @DecimalMin(value = "0", message = "{bocage.action.value.range}")
        @Digits(integer = 13, fraction = 2, message = "{bocage.action.value.range}") BigDecimal value) {

    public IndicatorValueInput {
        indicator = indicator == null ? null : indicator.strip();
    }
}
