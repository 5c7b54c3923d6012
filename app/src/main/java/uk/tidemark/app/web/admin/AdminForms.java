package uk.tidemark.app.web.admin;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.PageForms;
import uk.tidemark.app.web.problem.FieldProblem;
import uk.tidemark.app.web.validation.IsoDates;

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

    private final Validator validator;
    private final ObjectMapper forms = JsonMapper.builder()
            .addModule(new IsoDates()) // before Jackson's own java.time readers: ISO strings only
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
            .build();

    AdminForms(Validator validator) {
        this.validator = validator;
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
        T value;
        try {
            value = forms.convertValue(tree, type);
        } catch (IllegalArgumentException | tools.jackson.core.JacksonException unreadable) {
            String field = PageForms.databind(unreadable) instanceof DatabindException m && !m.getPath().isEmpty()
                    && m.getPath().get(0).getPropertyName() != null ? m.getPath().get(0).getPropertyName() : "form";
            return new PageForms.Bound<>(null, List.of(new FieldProblem(field, "is not a value this field takes.")));
        }
        List<FieldProblem> errors = new ArrayList<>();
        for (ConstraintViolation<T> violation : validator.validate(value)) {
            errors.add(new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        return new PageForms.Bound<>(value, errors);
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
