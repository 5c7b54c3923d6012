package uk.tidemark.app.web.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The question a case page asks before an action that cannot be undone (decision 0047), shown by
 * {@code cases/confirm}: a plain form that sends the same fields again with {@code confirmed=yes}, so it works
 * without JavaScript. {@code shown} is what the person entered, as label and value, to read once more.
 */
public record CaseConfirmation(String caption, String question, List<String> consequences,
                               Map<String, String> shown, String path, Map<String, String> fields, String button,
                               String back) {

    /** The field a confirmation form adds; a submission without it asks first. */
    public static final String FIELD = "confirmed";
    public static final String VIEW = "cases/confirm";

    /** Whether the submission answered the question (and takes the answer out of the fields). */
    public static boolean confirmed(Map<String, String> fields) {
        return "yes".equals(fields.remove(FIELD));
    }

    /** The fields to send again, with the version the case page showed. */
    public static Map<String, String> resend(Map<String, String> fields, String version) {
        Map<String, String> again = new LinkedHashMap<>(fields);
        again.remove("_csrf");
        if (version != null) {
            again.put(VersionedAction.FIELD, version);
        }
        return again;
    }
}
