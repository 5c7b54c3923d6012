package uk.tidemark.app.web.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.lang.annotation.Annotation;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The Bean Validation face of {@link DateRules}: each date annotation's validators, for an {@link Instant} and a
 * {@link LocalDate}, say in the rule's own words what is wrong (outside the window, in the future, in the past).
 */
final class DateRuleValidators {

    private DateRuleValidators() {
    }

    private static boolean report(String problem, ConstraintValidatorContext context) {
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem.replace("{", "\\{")).addConstraintViolation();
        return false;
    }

    abstract static class ForInstant<A extends Annotation> implements ConstraintValidator<A, Instant> {
        private final DateRules.Tense tense;

        ForInstant(DateRules.Tense tense) {
            this.tense = tense;
        }

        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return report(DateRules.problem(value, tense), context);
        }
    }

    abstract static class ForDate<A extends Annotation> implements ConstraintValidator<A, LocalDate> {
        private final DateRules.Tense tense;

        ForDate(DateRules.Tense tense) {
            this.tense = tense;
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return report(DateRules.problem(value, tense), context);
        }
    }
}
