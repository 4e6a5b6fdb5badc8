package fr.bocage.network.actor;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A SIREN that {@link Siren#isValid} accepts; null or blank is none, hence valid. */
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SirenNumber.Check.class)
public @interface SirenNumber {
    String message() default "{bocage.actor.siren.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<SirenNumber, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return Siren.normalised(value) == null || Siren.isValid(value);
        }
    }
}
