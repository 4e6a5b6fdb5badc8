package fr.bocage.network.project;

import fr.bocage.platform.VisibleText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What an invited person without an account gives to open one: the address is the invitation's. */
public record InvitedAccountInput(
        @NotBlank(message = "{bocage.person.name.required}") @Size(max = 200, message = "{bocage.name.size}")
        @VisibleText(oneLine = true, message = "{bocage.text.one-line}") String name,
        @NotNull(message = "{bocage.password.size}") @Size(min = 12, max = 200, message = "{bocage.password.size}")
        String password,
        @AssertTrue(message = "{bocage.terms.required}") boolean acceptTerms) {

    /** The fields, in the form's order. */
    static final List<String> FIELDS = List.of("name", "password", "acceptTerms");
}
