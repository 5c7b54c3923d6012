package uk.tidemark.app.web.page;

import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.time.LondonTimes;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One form on a page as the templates see it ({@code fragments/forms.html}): its name (which prefixes its fields'
 * ids, so a page can hold a form per action), the values to show again, the problems found with them, and a
 * refusal of the whole action (a 409's sentence). A page shows the error summary and each problem beside its field.
 */
public record Form(String name, Map<String, String> values, List<FieldProblem> errors, String refusal) {

    public Form {
        values = values == null ? Map.of() : Map.copyOf(values.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A form shown for the first time, with its defaults. */
    public static Form blank(String name, Map<String, String> defaults) {
        return new Form(name, defaults, List.of(), null);
    }

    public static Form blank(String name) {
        return blank(name, Map.of());
    }

    /** The forms of a page with one per action, by name: the refused one (if any) as it was sent, the rest blank. */
    public static Map<String, Form> each(List<String> names, Form failed) {
        Map<String, Form> all = new java.util.LinkedHashMap<>();
        for (String name : names) {
            all.put(name, failed != null && failed.name().equals(name) ? failed : blank(name));
        }
        return all;
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || refusal != null;
    }

    /** The first problem with the field, or null. */
    public String error(String field) {
        return errors.stream().filter(e -> Objects.equals(e.field(), field)).map(FieldProblem::detail)
                .findFirst().orElse(null);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** Whether a radio or checkbox of this field should be ticked. */
    public boolean checked(String field, String option) {
        return option != null && option.equals(values.get(field));
    }

    /** The id of the field's input: unique on a page of several forms, and the error summary's link target. */
    public String id(String field) {
        return name + "-" + field.replaceAll("[^A-Za-z0-9]+", "-");
    }

    /**
     * How the error summary words a problem: a date's problem as GOV.UK words it, the same beside the date
     * ({@link #dateSentence}); a detail that is a sentence of its own ("Enter the date of the hearing") as it is; one
     * that goes on from the field's label ("must be 0 or more.") after the label. Dates in it written out.
     */
    public String sentence(FieldProblem problem, Map<String, String> labels) {
        String label = labels == null ? null : labels.get(problem.field());
        String detail = problem.detail();
        if (DateFields.isDate(values, problem.field())) {
            return LondonTimes.writtenOut(DateFields.sentence(label, detail));
        }
        return LondonTimes.writtenOut(inline(detail, label));
    }

    /** The refusal of the whole action as a page shows it: its dates written out (the API words them in ISO). */
    public String refusalWords() {
        return LondonTimes.writtenOut(refusal);
    }

    /** A date field's problem beside it, worded as the error summary words it (given the same label), or null. */
    public String dateSentence(String field, String label) {
        String detail = error(field);
        return detail == null ? null : LondonTimes.writtenOut(DateFields.sentence(label, detail));
    }

    /** Whether a box of a refused date ({@code day}, {@code month}, {@code year}, {@code time}) is the wrong one. */
    public boolean wrongBox(String field, String box) {
        return DateFields.wrong(values, field, error(field)).contains(box);
    }

    /** Where the error summary's link of a field lands: its control, or a date's first wrong box. */
    public String anchor(String field) {
        if (!DateFields.isDate(values, field) || error(field) == null) {
            return id(field);
        }
        java.util.Set<String> wrong = DateFields.wrong(values, field, error(field));
        for (String box : List.of(DateFields.DAY, DateFields.MONTH, DateFields.YEAR, DateFields.TIME)) {
            if (wrong.contains(box)) {
                return id(field) + "-" + box;
            }
        }
        return id(field);
    }

    /**
     * The problem beside its field, in the same words as the summary (GOV.UK: the two messages match): the
     * field's label, less any "(optional)", before a detail that goes on from it.
     */
    public static String inline(String detail, String label) {
        if (detail == null || detail.isEmpty() || startsSentence(detail) || label == null || label.isBlank()) {
            return capitalised(detail);
        }
        return label.replaceAll("\\s*\\([^)]*\\)\\s*$", "") + " " + detail;
    }

    /** {@link #inline} for the templates. */
    public String inlineProblem(String detail, String label) {
        return LondonTimes.writtenOut(inline(detail, label));
    }

    private static boolean startsSentence(String detail) {
        return detail != null && !detail.isEmpty() && Character.isUpperCase(detail.charAt(0));
    }

    private static String capitalised(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
