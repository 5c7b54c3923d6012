package uk.tidemark.app.web.page;

import org.springframework.stereotype.Controller;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller of server-rendered pages. {@link PageAdvice} gives its views the signed-in user and the navigation,
 * and answers its failures as pages (404, 403, 409, 500) rather than the API's problem details. A page controller
 * sits in its capability's package beside the API controller it puts a form over, and calls it: the page and the
 * API then share one set of checks, one authorisation and one read audit.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface WebPage {
}
