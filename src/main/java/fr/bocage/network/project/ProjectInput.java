package fr.bocage.network.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A project as a client sends it. Dates are ISO ({@code 2023-11-01}); partners and technical partners are ids of
 * actors of the directory; coordinators are accounts' usernames (the creator when none); {@code published} makes it
 * public. The plan's actions name what they produced by ids of resources, events and webinars.
 */
public record ProjectInput(
        @NotBlank(message = "{bocage.project.slug.required}")
        @Size(max = 80, message = "{bocage.project.slug.size}")
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{bocage.project.slug.pattern}") String slug,
        @NotBlank(message = "{bocage.project.title.required}")
        @Size(max = 200, message = "{bocage.project.title.size}") String title,
        @Size(max = 40, message = "{bocage.project.acronym.size}") String acronym,
        @Size(max = 2000, message = "{bocage.project.summary.size}") String summary,
        @Size(max = 10000, message = "{bocage.project.purpose.size}") String purpose,
        @NotNull(message = "{bocage.project.start.required}") LocalDate startDate,
        @NotNull(message = "{bocage.project.end.required}") LocalDate endDate,
        @Size(max = 20, message = "{bocage.project.funders.size}") List<@Valid @NotNull FunderInput> funders,
        @Size(max = 200, message = "{bocage.project.partners.size}") List<@NotNull Long> partners,
        @Size(max = 50, message = "{bocage.project.partners.size}") List<@NotNull Long> technicalPartners,
        @Size(max = 20, message = "{bocage.project.coordinators.size}")
        List<@NotBlank(message = "{bocage.project.coordinator.invalid}")
        @Size(max = 320, message = "{bocage.project.coordinator.invalid}") String> coordinators,
        Boolean published,
        @Size(max = 60, message = "{bocage.project.plan.size}") List<@Valid @NotNull WorkInput> plan) {

    static final String KINDS = "self-diagnosis|remote-activity|gathering|webinar-series|seminar|communication|other";
    static final String STATUSES = "planned|under-way|done";

    public ProjectInput {
        slug = strip(slug);
        title = strip(title);
        acronym = blankToNull(acronym);
        summary = blankToNull(summary);
        purpose = blankToNull(purpose);
        funders = funders == null ? List.of() : funders;
        partners = partners == null ? List.of() : partners;
        technicalPartners = technicalPartners == null ? List.of() : technicalPartners;
        coordinators = coordinators == null ? List.of() : coordinators;
        plan = plan == null ? List.of() : plan;
    }

    /** A funder and its co-funding rate, in percent of the budget. */
    public record FunderInput(
            @NotBlank(message = "{bocage.project.funder.required}")
            @Size(max = 300, message = "{bocage.project.funder.size}") String name,
            @Min(value = 0, message = "{bocage.project.rate.range}")
            @Max(value = 100, message = "{bocage.project.rate.range}") Integer rate) {
        public FunderInput {
            name = strip(name);
        }
    }

    /** An action of the work plan; its status is « planned » when not told. */
    public record WorkInput(
            @NotNull(message = "{bocage.project.action.number.required}")
            @Min(value = 0, message = "{bocage.project.action.number.range}")
            @Max(value = 999, message = "{bocage.project.action.number.range}") Integer number,
            @NotBlank(message = "{bocage.project.action.title.required}")
            @Size(max = 200, message = "{bocage.project.action.title.size}") String title,
            @NotBlank(message = "{bocage.project.action.kind.required}")
            @Pattern(regexp = KINDS, message = "{bocage.project.action.kind.invalid}") String kind,
            @Size(max = 4000, message = "{bocage.project.action.description.size}") String description,
            @NotNull(message = "{bocage.project.action.start.required}") LocalDate startDate,
            @NotNull(message = "{bocage.project.action.end.required}") LocalDate endDate,
            @Pattern(regexp = STATUSES, message = "{bocage.project.action.status.invalid}") String status,
            @Size(max = 100, message = "{bocage.project.action.outputs.size}") List<@NotNull Long> resources,
            @Size(max = 100, message = "{bocage.project.action.outputs.size}") List<@NotNull Long> events,
            @Size(max = 100, message = "{bocage.project.action.outputs.size}") List<@NotNull Long> webinars) {
        public WorkInput {
            title = strip(title);
            kind = strip(kind);
            description = blankToNull(description);
            status = blankToNull(status) == null ? "planned" : status.strip();
            resources = resources == null ? List.of() : resources;
            events = events == null ? List.of() : events;
            webinars = webinars == null ? List.of() : webinars;
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
