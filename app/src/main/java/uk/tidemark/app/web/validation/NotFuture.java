package uk.tidemark.app.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.Instant;

/**
 * A moment that has already happened. Five minutes of grace, because a reporter's laptop clock is rarely exact
 * and "it happened just now" must not be refused; {@code @PastOrPresent} would.
 */
@Documented
@Constraint(validatedBy = NotFuture.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotFuture {

    Duration GRACE = Duration.ofMinutes(5);

    String message() default "must not be in the future.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NotFuture, Instant> {
        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return value == null || !value.isAfter(Instant.now().plus(GRACE));
        }
    }
}
