package fr.bocage.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A password chosen on the reset page, under the same rule as at registration. */
public record NewPassword(
        @NotNull(message = "{bocage.password.size}") @Size(min = 12, max = 200, message = "{bocage.password.size}") String password) {
}
