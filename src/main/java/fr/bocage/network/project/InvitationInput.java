package fr.bocage.network.project;

import fr.bocage.platform.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A coordinator's invitation as the form and the API send it.
 *
 * @param email        the invited person's address, where the single-use link goes
 * @param organisation the id of the partner organisation the person will take part for
 */
public record InvitationInput(
        @NotBlank(message = "{bocage.email.required}") @EmailAddress String email,
        @NotNull(message = "{bocage.project.member.organisation.required}") Long organisation) {

    /** The fields, in the form's order. */
    static final List<String> FIELDS = List.of("email", ProjectMembers.ORGANISATION);

    public InvitationInput {
        email = email == null ? null : email.strip();
    }
}
