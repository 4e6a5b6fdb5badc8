package fr.bocage.account;

import fr.bocage.platform.EmailAddress;
import fr.bocage.platform.VisibleText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a person gives to open an account, from the registration page or {@code POST /api/accounts}.
 *
 * @param territory a code or label of the territory vocabulary
 * @param acceptTerms must be true: the consent is recorded with its instant
 */
public record NewRegistration(
        @NotBlank(message = "{bocage.person.name.required}") @Size(max = 200, message = "{bocage.name.size}")
        @VisibleText(oneLine = true, message = "{bocage.text.one-line}") String name,
        @NotBlank(message = "{bocage.email.required}") @EmailAddress String email,
        @NotBlank(message = "{bocage.organisation.required}") @Size(max = 200, message = "{bocage.organisation.size}")
        @VisibleText(oneLine = true, message = "{bocage.text.one-line}") String organisation,
        @NotBlank(message = "{bocage.territory.required}") @Size(max = 200, message = "{bocage.territory.required}") String territory,
        @NotNull(message = "{bocage.password.size}") @Size(min = 12, max = 200, message = "{bocage.password.size}") String password,
        @AssertTrue(message = "{bocage.terms.required}") boolean acceptTerms) {

    /** The fields, in the registration page's order. */
    static final List<String> FIELDS = List.of("name", "email", "organisation", "territory", "password",
            "acceptTerms");
}
