package uk.tidemark.app.web.problem;

import org.springframework.http.HttpStatus;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A problem detail that a handler's own checks answer, for the API description ({@link ProblemsInOpenApi}): what
 * the handler's parameters already tell (a body, a query parameter, an id in the path, {@code If-Match}) and what
 * the security chain answers are described without it; this names the rest, such as a 404 for an id in the body or
 * a 409 for a change that the rules refuse.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(ProblemAnswer.List.class)
public @interface ProblemAnswer {

    HttpStatus status();

    /** When it is answered, as a sentence for the reader of the description. */
    String when();

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        ProblemAnswer[] value();
    }
}
