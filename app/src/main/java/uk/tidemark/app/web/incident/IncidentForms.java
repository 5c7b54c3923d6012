package uk.tidemark.app.web.incident;

import uk.tidemark.app.web.page.Form;

import java.util.Map;

/**
 * The forms of the case page: the one that was just refused (shown again with its values and problems, and open),
 * and every other one blank. Forms about one record are named after it ({@code response-<warningId>}).
 */
public record IncidentForms(Form failed) {

    /** The words of each form's fields, for the error summary ("Reason is required."). */
    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("severity", "Severity"), Map.entry("reason", "Reason"), Map.entry("ownerId", "Owner"),
            Map.entry("allegationRoute", "Allegation route"), Map.entry("contentAction", "What was done"),
            Map.entry("reference", "Reference"), Map.entry("note", "Note"), Map.entry("text", "Text"),
            Map.entry("description", "Description"), Map.entry("sha256", "SHA-256"),
            Map.entry("capturedAt", "When it was captured"), Map.entry("url", "Web address"),
            Map.entry("personId", "Person"), Map.entry("kind", "Kind"), Map.entry("channel", "Channel"),
            Map.entry("responseDueBy", "Response due by"), Map.entry("response", "Response"),
            Map.entry("force", "Police force"), Map.entry("crimeReference", "Crime reference"),
            Map.entry("officer", "Officer"), Map.entry("status", "Status"), Map.entry("agency", "Agency"),
            Map.entry("teacher", "Teacher"), Map.entry("concernsHarmToChildren", "Harm to children"),
            Map.entry("allegation", "Allegation"), Map.entry("complainant", "Complainant"),
            Map.entry("summary", "Summary"), Map.entry("username", "Username"), Map.entry("outcome", "Outcome"),
            Map.entry("rationale", "Rationale"), Map.entry("If-Match", "The page's version"));

    public Form of(String name) {
        return failed != null && failed.name().equals(name) ? failed : Form.blank(name);
    }

    /** Whether this form is the one refused: it is shown open, whatever the case's state. */
    public boolean isFailed(String name) {
        return failed != null && failed.name().equals(name);
    }

    public Map<String, String> labels() {
        return LABELS;
    }
}
