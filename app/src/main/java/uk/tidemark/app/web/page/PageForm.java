package uk.tidemark.app.web.page;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API action that its case's page also offers as a form. The API method stays the one description of the
 * action (its path, its request record, the command it sends and what it answers); this adds what only the page
 * needs: the form's name, the words of its fields, the banner once it is done, and the command whose row in the
 * case's transition table says when the page offers it. {@link CaseActionForms} maps the page's path beside the
 * API's ({@code /cases/{id}/triage} for {@code /api/incidents/{id}/triage}) and serves every such form.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PageForm {

    /**
     * The form's name: the id of its {@code <form>} and the key of its fields' words. A form about one record of the
     * case names it with the path's variable: {@code response-{warningId}}.
     */
    String value();

    /** The command the action sends: its row in the case's transition table decides when the page offers it. */
    Class<?> command();

    /** The words of its fields, each {@code field=Words}: beside the field, and in the error summary. */
    String[] labels() default {};

    /** The banner on the case page once the action is done. */
    String done();
}
