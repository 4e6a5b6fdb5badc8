package fr.bocage.network.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A network as an administrator describes it. The slug names it in addresses ({@code /reseaux/{slug}}) and is fixed
 * once created; animators are existing accounts' usernames.
 */
public record NetworkInput(
        @NotBlank(message = "{bocage.network.slug.required}")
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{bocage.network.slug.pattern}")
        @Size(max = 80, message = "{bocage.network.slug.size}") String slug,
        @NotBlank(message = "{bocage.network.name.required}") @Size(max = 200, message = "{bocage.network.name.size}")
        String name,
        @Size(max = 10000, message = "{bocage.network.description.size}") String description,
        @Size(max = 100, message = "{bocage.network.territory.size}") String territory,
        @NotNull(message = "{bocage.network.animators.required}")
        @Size(max = 50, message = "{bocage.network.animators.size}") List<@NotBlank @Size(max = 320) String> animators) {

    public NetworkInput {
        slug = stripped(slug);
        name = stripped(name);
        description = stripped(description);
        territory = stripped(territory);
        animators = animators == null ? null : animators.stream().map(String::strip).distinct().toList();
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
