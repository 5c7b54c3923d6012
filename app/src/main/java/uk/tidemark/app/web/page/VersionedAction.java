package uk.tidemark.app.web.page;


/**
 * An action form on a case page carries, in a hidden {@code version} field, the case version the page showed; the
 * page sends it to the API as {@code If-Match}, so that an action taken on a page someone else has since changed is
 * refused ("This case was changed by someone else ...") instead of acting on a state the user never saw. A form
 * without it (a hand-made post) is refused before anything is sent ({@link CaseActionForms}).
 */
public final class VersionedAction {

    public static final String FIELD = "version";
    public static final String MISSING =
            "This form did not say which version of the case it was filled in on; reload the page and try again.";

    private VersionedAction() {
    }

    /** 400 for problems with the fields (or a form that could not be sent), 409 for the case's refusal. */
    public static int status(Form refused) {
        return !refused.errors().isEmpty() || MISSING.equals(refused.refusal()) ? 400 : 409;
    }
}
