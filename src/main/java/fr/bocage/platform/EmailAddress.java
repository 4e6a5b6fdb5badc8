package fr.bocage.platform;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one check of every e-mail address people type (accounts, webinar registrations): an address mail can reach
 * from here, so with a domain that has a top-level part (« claire@asso », « erwan.legall@lannion » are refused:
 * they are typing slips, never reachable), at most 254 characters (RFC 5321's path), and no hidden character.
 * Each part keeps its own message; whether the field is required is the field's business ({@code @NotBlank}).
 */
@Documented
@Email(regexp = EmailAddress.WITH_TOP_LEVEL_DOMAIN, message = "{bocage.email.invalid}")
@Size(max = 254, message = "{bocage.email.size}")
@VisibleText(message = "{bocage.email.hidden}")
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddress {
    /** A local part, then a domain of two labels or more, none empty. */
    String WITH_TOP_LEVEL_DOMAIN = "[^@]+@[^@.]+(\\.[^@.]+)+";

    String message() default "{bocage.email.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
