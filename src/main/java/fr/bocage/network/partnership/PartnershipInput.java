package fr.bocage.network.partnership;

import fr.bocage.catalog.MetadataInput;
import fr.bocage.platform.rest.ApiNames;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A partnership as a client sends it: its description (title required; summary = what it is for; themes,
 * territory), its scale, period, parties (actors' ids, the signatory first), numbered objectives, budget and
 * programme. The convention's file is sent apart, to {@code /api/partnerships/{id}/convention}.
 */
public record PartnershipInput(
        @Valid @NotNull(message = "{bocage.partnership.metadata.required}") MetadataInput metadata,
        @NotBlank(message = "{bocage.partnership.scale.required}")
        @Pattern(regexp = "regional|territorial|local|national|european", message = "{bocage.partnership.scale.invalid}")
        String scale,
        @NotNull(message = "{bocage.partnership.start-year.required}")
        @Min(value = 1950, message = "{bocage.partnership.year.range}") @Max(value = 2100, message = "{bocage.partnership.year.range}")
        Integer startYear,
        @Min(value = 1950, message = "{bocage.partnership.year.range}") @Max(value = 2100, message = "{bocage.partnership.year.range}")
        Integer endYear,
        @DecimalMin(value = "0", message = "{bocage.partnership.budget.range}")
        @DecimalMax(value = "9999999999", message = "{bocage.partnership.budget.range}")
        @Digits(integer = 10, fraction = 2, message = "{bocage.partnership.budget.range}") BigDecimal budget,
        Long programme,
        @Size(max = PartnershipInput.MAX_PARTIES, message = "{bocage.partnership.parties.size}")
        List<@NotNull(message = "{bocage.partnership.party.required}") Long> parties,
        @Size(max = PartnershipInput.MAX_OBJECTIVES, message = "{bocage.partnership.objectives.size}")
        List<@NotBlank(message = "{bocage.partnership.objective.required}")
             @Size(max = 2000, message = "{bocage.partnership.objective.size}") String> objectives) {

    public static final int MAX_PARTIES = 200;
    public static final int MAX_OBJECTIVES = 30;

    public PartnershipInput {
        parties = parties == null ? List.of() : List.copyOf(parties);
        objectives = objectives == null ? List.of() : objectives.stream().map(o -> o == null ? null : o.strip()).toList();
    }

    PartnershipScale scaleValue() {
        return ApiNames.parse(PartnershipScale.class, scale).orElseThrow();
    }
}
