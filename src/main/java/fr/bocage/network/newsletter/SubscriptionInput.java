package fr.bocage.network.newsletter;

import fr.bocage.platform.EmailAddress;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;

/**
 * A subscription as typed: the address, the themes wanted (codes or labels of the themes vocabulary; none means all),
 * the consent, and what the anti-spam checks read (the form's signed timestamp {@code token}, from the page or
 * {@code GET /api/newsletter/token}, and the trap field {@code website}).
 */
public record SubscriptionInput(
        @NotBlank(message = "{bocage.email.required}") @EmailAddress String email,
        @Size(max = 30, message = "{bocage.newsletter.themes.size}") List<String> themes,
        @NotNull(message = "{bocage.newsletter.consent.required}")
        @AssertTrue(message = "{bocage.newsletter.consent.required}") Boolean consent,
        String token,
        String website) {

    /** The fields, in the form's order. */
    static final List<String> FIELDS = List.of("email", "themes", "consent");

    public SubscriptionInput {
        email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
        themes = themes == null ? List.of() : themes.stream().filter(t -> t != null && !t.isBlank()).toList();
    }
}
