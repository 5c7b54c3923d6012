package uk.tidemark.app.web.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An action form on a case page carries, in a hidden {@code version} field, the case version the page showed; the
 * page sends it to the API as {@code If-Match}, so that an action taken on a page someone else has since changed is
 * refused ("This case was changed by someone else ...") instead of acting on a state the user never saw. A form
 * without it (a hand-made post) is refused before anything is sent.
 */
public final class VersionedAction {

    public static final String FIELD = "version";
    public static final String MISSING =
            "This form did not say which version of the case it was filled in on; reload the page and try again.";

    private VersionedAction() {
    }

    /** What one submitted form holds: the API's fields, and the version the page was shown at (null if none). */
    public record Submitted(Map<String, String> fields, Long version, String rawVersion) {
    }

    public static Submitted split(Map<String, String> submitted) {
        Map<String, String> fields = new LinkedHashMap<>(submitted);
        String raw = fields.remove(FIELD);
        return new Submitted(fields, ReadCatchUp.parseVersion(raw), raw);
    }

    /**
     * Runs the action through {@link PageActions#submit} with the page's version as If-Match; a form without a
     * version is refused as a whole (a 400 for the page), nothing sent.
     */
    public static <R> PageActions.Outcome<Object> submit(PageActions actions, PageForms forms, String formName,
                                                         Submitted submitted, Class<R> type,
                                                         java.util.function.BiConsumer<R, String> call) {
        if (submitted.version() == null) {
            return new PageActions.Outcome<>(null, new Form(formName, submitted.fields(), List.of(), MISSING));
        }
        String ifMatch = String.valueOf(submitted.version());
        return actions.submit(forms, formName, submitted.fields(), type, (Function<R, Object>) body -> {
            call.accept(body, ifMatch);
            return Boolean.TRUE;
        });
    }

    /** The same for an action without a body (an acknowledgement). */
    public static PageActions.Outcome<Object> run(PageActions actions, String formName, Submitted submitted,
                                                  java.util.function.Consumer<String> call) {
        if (submitted.version() == null) {
            return new PageActions.Outcome<>(null, new Form(formName, submitted.fields(), List.of(), MISSING));
        }
        String ifMatch = String.valueOf(submitted.version());
        return actions.run(formName, submitted.fields(), () -> {
            call.accept(ifMatch);
            return Boolean.TRUE;
        });
    }

    /** 400 for problems with the fields (or a form that could not be sent), 409 for the case's refusal. */
    public static int status(Form refused) {
        return !refused.errors().isEmpty() || MISSING.equals(refused.refusal()) ? 400 : 409;
    }
}
