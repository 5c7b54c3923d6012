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
 * A text kept in a relational column of {@code value} characters (accounts, settings, the calendar), beside its
 * {@link Chars} limit. PostgreSQL counts a column's length in characters, as {@link Chars} does; the embedded H2
 * store counts UTF-16 units, so there a character outside the Basic Multilingual Plane (an emoji) takes two of the
 * column's places. Refusing such a text here answers 400 where the store would fail with a 500. Only texts within
 * their {@link Chars} limit are checked (a text over it is refused once, by that). Decision 0028: to be removed with
 * a migration that widens those H2 columns.
 */
@Documented
@Constraint(validatedBy = InColumn.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface InColumn {

    /** The column's length. */
    int value();

    String message() default "is too long to keep: at most {value} characters, an emoji or other rare character "
            + "counting as two.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<InColumn, CharSequence> {
        private int columnLength;

        @Override
        public void initialize(InColumn column) {
            this.columnLength = column.value();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || value.length() <= columnLength || Chars.Validator.count(value) > columnLength;
        }
    }
}
