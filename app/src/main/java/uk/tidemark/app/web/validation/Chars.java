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

/**
 * A text's length in characters as people count them: Unicode code points. Bean Validation's {@code @Size} counts
 * Java's UTF-16 units, in which every character outside the Basic Multilingual Plane (emoji, many CJK ideographs,
 * mathematical letters) counts twice, so a name of 200 emoji was refused as longer than 200 characters. Every
 * text limit of the API and the pages is this one ({@link Limits}); {@code @Size} stays for the number of entries
 * in a list. Null is valid (say {@code @NotBlank} where a text is required).
 */
@Documented
@Constraint(validatedBy = Chars.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Chars {

    int min() default 0;

    int max();

    String message() default Limits.TOO_LONG;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Chars, CharSequence> {
        private int min;
        private int max;

        @Override
        public void initialize(Chars limits) {
            this.min = limits.min();
            this.max = limits.max();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int characters = count(value);
            return characters >= min && characters <= max;
        }

        /** Characters (code points) in {@code text}; an unpaired surrogate counts as one. */
        public static int count(CharSequence text) {
            return Character.codePointCount(text, 0, text.length());
        }
    }
}
