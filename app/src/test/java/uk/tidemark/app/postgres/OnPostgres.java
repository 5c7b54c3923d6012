package uk.tidemark.app.postgres;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a {@code @SpringBootTest} class on PostgreSQL with the production {@code postgres} profile: put it on a
 * subclass of an existing suite (which keeps its tests, its properties and its per-class context) and the
 * subclass runs the same tests against a fresh database on the embedded PostgreSQL server. Implement
 * {@link RunsOnPostgres} as well to prove, in the same context, that it did.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = EmbeddedPostgresDatabase.class)
public @interface OnPostgres {
}
