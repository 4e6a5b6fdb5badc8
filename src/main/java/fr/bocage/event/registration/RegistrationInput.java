package fr.bocage.event.registration;

import fr.bocage.platform.EmailAddress;
import fr.bocage.platform.VisibleText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;

/** A registration as typed by the person: consent is required, to keep their data until the event is over. */
public record RegistrationInput(
        @NotBlank(message = "{bocage.person.name.required}") @Size(max = 200, message = "{bocage.name.size}")
        @VisibleText(oneLine = true, message = "{bocage.text.one-line}") String name,
        @NotBlank(message = "{bocage.email.required}") @EmailAddress String email,
        @Size(max = 300, message = "{bocage.organisation.size}")
        @VisibleText(oneLine = true, message = "{bocage.text.one-line}") String organisation,
        @NotNull(message = "{bocage.registration.consent.required}")
        @AssertTrue(message = "{bocage.registration.consent.required}") Boolean consent) {

    /** The fields, in the registration form's order. */
    public static final List<String> FIELDS = List.of("name", "email", "organisation", "consent");

    public RegistrationInput {
        name = name == null ? null : name.strip();
        email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
        organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
    }
}
