package fr.bocage.network.contact;

import fr.bocage.platform.EmailAddress;
import fr.bocage.platform.VisibleText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;

/**
 * A message as the visitor typed it, with what the anti-spam checks read: the form's signed timestamp
 * ({@code token}, from the page or {@code GET /api/contact/token}) and the trap field {@code website}, which people
 * never see and robots fill.
 */
public record ContactInput(
        @NotBlank(message = "{bocage.person.name.required}") @Size(max = 200, message = "{bocage.name.size}")
        @VisibleText(oneLine = true, message = "{bocage.text.one-line}") String name,
        @NotBlank(message = "{bocage.email.required}") @EmailAddress String email,
        @Size(max = 300, message = "{bocage.organisation.size}")
        @VisibleText(oneLine = true, message = "{bocage.text.one-line}") String organisation,
        @NotBlank(message = "{bocage.contact.message.required}")
        @Size(min = MIN_MESSAGE, max = MAX_MESSAGE, message = "{bocage.contact.message.size}")
        @VisibleText String message,
        @NotNull(message = "{bocage.contact.consent.required}")
        @AssertTrue(message = "{bocage.contact.consent.required}") Boolean consent,
        String token,
        String website) {

    static final int MIN_MESSAGE = 10;
    static final int MAX_MESSAGE = 5000;

    /** The fields, in the form's order. */
    static final List<String> FIELDS = List.of("name", "email", "organisation", "message", "consent");

    public ContactInput {
        name = name == null ? null : name.strip();
        email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
        organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
        message = message == null ? null : message.strip().replace("\r\n", "\n");
    }
}
