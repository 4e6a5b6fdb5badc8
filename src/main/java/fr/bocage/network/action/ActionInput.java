package fr.bocage.network.action;

import fr.bocage.catalog.MetadataInput;
import fr.bocage.catalog.ReportSections;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An action as a client sends it: its description (title required; summary, themes, territory…; type action
 * implicit), its sections (those of an experience report), its actors by resource id, and its indicator values.
 */
public record ActionInput(
        @Valid @NotNull(message = "{bocage.action.metadata.required}") MetadataInput metadata,
        @Valid ReportSections sections,
        Long leadActor,
        @Size(max = ActionInput.MAX_ACTORS, message = "{bocage.action.partners.size}")
        List<@NotNull(message = "{bocage.action.actor.required}") Long> partners,
        @Size(max = 200, message = "{bocage.action.commune.size}") String commune,
        @Min(value = FIRST_YEAR, message = "{bocage.action.year.range}")
        @Max(value = LAST_YEAR, message = "{bocage.action.year.range}") Integer startYear,
        @Min(value = FIRST_YEAR, message = "{bocage.action.year.range}")
        @Max(value = LAST_YEAR, message = "{bocage.action.year.range}") Integer endYear,
        @NotBlank(message = "{bocage.action.progress.required}")
        @Pattern(regexp = "planned|ongoing|completed", message = "{bocage.action.progress.invalid}") String progress,
        @DecimalMin(value = "0", message = "{bocage.action.budget.range}")
        @Digits(integer = 10, fraction = 2, message = "{bocage.action.budget.range}") BigDecimal budget,
        @Size(max = ActionInput.MAX_FUNDERS, message = "{bocage.action.funders.size}")
        List<@NotBlank(message = "{bocage.action.funder.required}")
                @Size(max = 150, message = "{bocage.action.funder.size}") String> funders,
        @Pattern(regexp = "engaged-for-nature|biodiversity-atlas|green-blue-grid|natura-2000|territory-contract|other",
                message = "{bocage.action.scheme.invalid}") String scheme,
        @Size(max = ActionInput.MAX_LINKS, message = "{bocage.action.links.size}")
        List<@NotNull(message = "{bocage.action.link.required}") Long> linkedResources,
        @Size(max = ActionInput.MAX_VALUES, message = "{bocage.action.indicators.size}")
        List<@Valid @NotNull(message = "{bocage.action.indicator.required}") IndicatorValueInput> indicators) {

    public static final int FIRST_YEAR = 1950;
    public static final int LAST_YEAR = 2100;
    static final int MAX_ACTORS = 50;
    static final int MAX_FUNDERS = 10;
    static final int MAX_LINKS = 50;
    static final int MAX_VALUES = 500;

    public ActionInput {
        sections = sections == null ? ReportSections.of(s -> null) : sections;
        partners = copy(partners);
        commune = commune == null || commune.isBlank() ? null : commune.strip();
        funders = funders == null ? List.of() : funders.stream().map(f -> f == null ? null : f.strip()).toList();
        scheme = scheme == null || scheme.isBlank() ? null : scheme.strip();
        linkedResources = copy(linkedResources);
        indicators = copy(indicators);
    }

    /** A copy that keeps null elements, for Bean Validation to name them rather than a NullPointerException. */
    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }
}
