package uk.tidemark.app.web.incident;

import uk.tidemark.app.web.page.CaseActions;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.PageForm;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The forms of the case page: the one that was just refused (shown again with its values and problems, and open),
 * and every other one blank but for its {@code defaults} (the category form starts from the case's category). Forms
 * about one record are named after it ({@code response-<warningId>}). The words of
 * their fields, for the error summary ("Reason is required."), are those of the actions' {@link PageForm}s.
 */
public record IncidentForms(Form failed, Map<String, String> labels, Map<String, Map<String, String>> defaults) {

    public IncidentForms(Form failed, Map<String, String> labels) {
        this(failed, labels, Map.of());
    }

    /** The words of every incident form's fields, and of the one field they all send: the page's version. */
    static Map<String, String> labelsOf(CaseActions actions) {
        Map<String, String> labels = new LinkedHashMap<>(actions.sharedLabels());
        labels.put("If-Match", "The page's version");
        return Map.copyOf(labels);
    }

    public Form of(String name) {
        return failed != null && failed.name().equals(name) ? failed
                : Form.blank(name, defaults.getOrDefault(name, Map.of()));
    }

    /** Whether this form is the one refused: it is shown open, whatever the case's state. */
    public boolean isFailed(String name) {
        return failed != null && failed.name().equals(name);
    }
}
