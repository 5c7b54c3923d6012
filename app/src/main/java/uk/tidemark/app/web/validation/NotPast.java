package uk.tidemark.app.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Something that falls due: inside the date window and today (UK) or later ({@link DateRules}). A response due
 * yesterday would be missed the moment it was set.
 */
@Documented
@Constraint(validatedBy = {NotPast.ForInstant.class, NotPast.ForDate.class})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotPast {

    String message() default DateRules.PAST;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class ForInstant extends DateRuleValidators.ForInstant<NotPast> {
        public ForInstant() {
            super(DateRules.Tense.FALLS_DUE);
        }
    }

    class ForDate extends DateRuleValidators.ForDate<NotPast> {
        public ForDate() {
            super(DateRules.Tense.FALLS_DUE);
        }
    }
}
