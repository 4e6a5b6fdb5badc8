package fr.bocage.network.actor;

import fr.bocage.catalog.MetadataInput;
import fr.bocage.platform.rest.ApiNames;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An actor as a client sends it: its description (title = its name, required; summary = its description; themes,
 * territory) and its own fields. {@code contactEmail} is written, never read back by any client: on a change, none
 * keeps the current one, and {@code removeContactEmail} removes it. {@code country}: an ISO 3166 code, France when
 * absent.
 */
public record ActorInput(
        @Valid @NotNull(message = "{bocage.actor.metadata.required}") MetadataInput metadata,
        @NotBlank(message = "{bocage.actor.kind.required}")
        @Pattern(regexp = ActorInput.KINDS, message = "{bocage.actor.kind.invalid}") String kind,
        @SirenNumber String siren,
        @Size(max = 200, message = "{bocage.actor.commune.size}") String commune,
        @Size(max = 2000, message = "{bocage.url.size}")
        @Pattern(regexp = "https?://[^\\s<>\"]+", message = "{bocage.url.pattern}") String website,
        @Pattern(regexp = "municipalities|companies|partners", message = "{bocage.actor.engagement.invalid}")
        String engagement,
        @Min(value = 2000, message = "{bocage.actor.engaged-since.range}")
        @Max(value = 2100, message = "{bocage.actor.engaged-since.range}") Integer engagedSince,
        @Size(max = 320, message = "{bocage.actor.contact.size}")
        @Email(message = "{bocage.actor.contact.invalid}") String contactEmail,
        Boolean removeContactEmail,
        @Pattern(regexp = "[A-Z]{2}", message = "{bocage.actor.country.invalid}") String country) {

    static final String KINDS = "association|cpie|municipality|intermunicipality|department|region|"
            + "regional-nature-park|public-body|company|consultancy|education|citizen-group|other";

    public ActorInput {
        siren = blankToNull(siren);
        commune = blankToNull(commune);
        website = blankToNull(website);
        engagement = blankToNull(engagement);
        contactEmail = blankToNull(contactEmail);
        country = blankToNull(country);
    }

    /** The checked fields; called once Bean Validation has passed. */
    ActorDetails details() {
        return details(null);
    }

    /** The checked fields of a change: no contact address typed keeps {@code current}, unless asked to remove it. */
    ActorDetails details(String current) {
        String contact = contactEmail != null ? contactEmail
                : Boolean.TRUE.equals(removeContactEmail) ? null : current;
        EngagementScheme scheme = engagement == null ? null
                : ApiNames.parse(EngagementScheme.class, engagement).orElseThrow();
        return new ActorDetails(ApiNames.parse(ActorKind.class, kind).orElseThrow(), Siren.normalised(siren), commune,
                country == null ? Countries.FRANCE : country, website, scheme, engagedSince, contact);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
