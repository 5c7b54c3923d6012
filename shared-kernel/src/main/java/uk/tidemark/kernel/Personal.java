package uk.tidemark.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of an event (or of a record an event holds, such as {@code Person}) as personal content: a
 * name, a summary, a note, the words of a warning. The event serializer seals every marked value under the data key
 * of the record the event belongs to ({@link DataKeyed#dataKey()}), so that destroying that key erases the value
 * everywhere it is read back (decision 0051). Only {@code String} components and lists of strings may be marked;
 * a record component is followed into when its own type marks components.
 *
 * <p>Not marked, on purpose: ids (pseudonymous, and what the counts and links are built from), enum values
 * (categories, severities, outcomes: what the trustees' figures count), dates, and usernames of the staff who acted.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface Personal {
}
