package uk.tidemark.app.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import uk.tidemark.kernel.time.DateWindow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date that may be past or future (a resignation's date, a day to take off the calendar), as long as it is inside
 * the date window ({@link DateRules}).
 */
@Documented
@Constraint(validatedBy = {InDateWindow.ForInstant.class, InDateWindow.ForDate.class})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface InDateWindow {

    String message() default DateWindow.OUTSIDE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class ForInstant extends DateRuleValidators.ForInstant<InDateWindow> {
        public ForInstant() {
            super(DateRules.Tense.ANY);
        }
    }

    class ForDate extends DateRuleValidators.ForDate<InDateWindow> {
        public ForDate() {
            super(DateRules.Tense.ANY);
        }
    }
}
