package uk.tidemark.app.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler method that returns case data. It must call {@link ReadAudit} before it returns; if it did not,
 * {@code ReadAuditGuard} answers 500 instead of writing the body, so a forgotten audit fails closed (and the
 * tests that read it fail).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CaseDataRead {
}
