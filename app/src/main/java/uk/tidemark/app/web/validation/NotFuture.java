package uk.tidemark.app.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Something that has happened: inside the date window and not in the future ({@link DateRules}). A time has five
 * minutes of grace, because a reporter's laptop clock is rarely exact and "it happened just now" must not be refused
 * ({@code @PastOrPresent} would); a date may be today (UK).
 */
@Documented
@Constraint(validatedBy = {NotFuture.ForInstant.class, NotFuture.ForDate.class})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotFuture {

    String message() default DateRules.FUTURE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class ForInstant extends DateRuleValidators.ForInstant<NotFuture> {
        public ForInstant() {
            super(DateRules.Tense.HAS_HAPPENED);
        }
    }

    class ForDate extends DateRuleValidators.ForDate<NotFuture> {
        public ForDate() {
            super(DateRules.Tense.HAS_HAPPENED);
        }
    }
}
