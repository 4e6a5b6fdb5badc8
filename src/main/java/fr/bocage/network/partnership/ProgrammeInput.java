package fr.bocage.network.partnership;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A programme as a client sends it; the years, when both are given, in order. */
public record ProgrammeInput(
        @NotBlank(message = "{bocage.programme.name.required}") @Size(max = 300, message = "{bocage.programme.name.size}") String name,
        @NotBlank(message = "{bocage.programme.funder.required}") @Size(max = 200, message = "{bocage.programme.funder.size}") String funder,
        @Min(value = 1950, message = "{bocage.partnership.year.range}") @Max(value = 2100, message = "{bocage.partnership.year.range}")
        Integer startYear,
        @Min(value = 1950, message = "{bocage.partnership.year.range}") @Max(value = 2100, message = "{bocage.partnership.year.range}")
        Integer endYear,
        @Size(max = 10000, message = "{bocage.programme.description.size}") String description,
        @Size(max = 2000, message = "{bocage.url.size}") @Pattern(regexp = "https?://\\S+", message = "{bocage.url.pattern}")
        String website) {

    public ProgrammeInput {
        name = stripped(name);
        funder = stripped(funder);
        description = stripped(description);
        website = stripped(website);
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
