package uk.tidemark.app.web.admin;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.PageForms;
import uk.tidemark.app.refusal.FieldProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link PageForms} for forms with checkbox groups (roles, settings): a field sent several times is read as a list.
 * The problems found are handed to the API method as its {@link BindingResult}, so the page gets Bean Validation's
 * findings and the API's own checks in one answer, in the API's words.
 */
@Component
class AdminForms {

    private static final List<String> NOT_FIELDS = List.of("_csrf", "action");

    private final PageForms pageForms;

    AdminForms(PageForms pageForms) {
        this.pageForms = pageForms;
    }

    <T> PageForms.Bound<T> bind(MultiValueMap<String, String> submitted, Class<T> type, Set<String> lists) {
        Map<String, Object> tree = new LinkedHashMap<>();
        submitted.forEach((name, raw) -> {
            if (NOT_FIELDS.contains(name)) {
                return;
            }
            List<String> given = raw.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
            if (lists.contains(name)) {
                tree.put(name, given);
            } else if (!given.isEmpty()) {
                tree.put(name, given.get(0));
            }
        });
        PageForms.Bound<T> bound = pageForms.bindTree(tree, type);
        // a list field's unreadable item ("roles[2]") is the page's one field, "roles"
        List<FieldProblem> byField = bound.errors().stream()
                .map(p -> new FieldProblem(p.field().split("[\\[.]", 2)[0], p.detail())).toList();
        return new PageForms.Bound<>(bound.value(), byField);
    }

    /** The bound form's problems as the API method's binding result. */
    static BindingResult binding(PageForms.Bound<?> bound) {
        BindingResult binding = new BeanPropertyBindingResult(bound.value(), "body");
        for (FieldProblem p : bound.errors()) {
            binding.addError(new FieldError("body", p.field(), p.detail()));
        }
        return binding;
    }

    /** The form with its problems in the order of the fields on the page (the error summary follows the page). */
    static Form inPageOrder(Form form, List<String> fields) {
        List<FieldProblem> sorted = new ArrayList<>(form.errors());
        sorted.sort(java.util.Comparator.comparingInt(p -> {
            int at = fields.indexOf(p.field());
            return at < 0 ? fields.size() : at;
        }));
        return new Form(form.name(), form.values(), sorted, form.refusal());
    }

    /**
     * The submitted values to show again: a list field as ",A,B," so a template ticks option X when the value
     * contains ",X,".
     */
    static Map<String, String> values(MultiValueMap<String, String> submitted, Set<String> lists) {
        Map<String, String> values = new LinkedHashMap<>();
        submitted.forEach((name, raw) -> {
            if (NOT_FIELDS.contains(name) || raw.isEmpty()) {
                return;
            }
            values.put(name, lists.contains(name) ? "," + String.join(",", raw) + "," : raw.get(0));
        });
        return values;
    }
}
