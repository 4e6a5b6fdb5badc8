package fr.bocage.platform;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A value without hidden characters ({@link PlainText#isHidden}): NUL and other controls, bidirectional overrides,
 * zero-width characters. Refused rather than dropped where the value identifies somebody (an e-mail address), so that
 * {@code zw\u200b@example.org} is never a second person beside {@code zw@example.org} (issue 21 #14).
 * With {@link #oneLine()}, tabs and line breaks are refused too: a name or an organisation is printed in e-mails,
 * where a line break would add lines of the sender's choosing (issue 21 #12).
 */
@Documented
@Constraint(validatedBy = VisibleText.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
    ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface VisibleText {

    String message() default "{bocage.text.hidden}";

    /** Whether the value must also hold on one line. */
    boolean oneLine() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<VisibleText, String> {
        private static final String LINE_BREAKS = "\t\n\r\u2028\u2029";

        private boolean oneLine;

        @Override
        public void initialize(VisibleText constraint) {
            oneLine = constraint.oneLine();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return accepts(value, oneLine);
        }

        static boolean accepts(String value, boolean oneLine) {
            return value == null || !PlainText.hasHidden(value)
                    && !(oneLine && value.chars().anyMatch(c -> LINE_BREAKS.indexOf(c) >= 0));
        }
    }
}
