package uk.tidemark.app.web.page;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.web.validation.IsoDates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a submitted form into the API's own request record, and checks it with the same Bean Validation rules,
 * so that a page and the API refuse the same input with the same words. Field names are the API's JSON paths
 * ({@code people[0].name}); an empty field is an absent one (so "required" is what an empty required field says);
 * a value of the wrong type (a date that is not a date) is a problem of its field, never a failure of the page.
 */
@Component
public class PageForms {

    /**
     * What a form gives that the API does not take: Spring Security's token, the button pressed, a create form's
     * one-time key ({@link OnceOnlyForms}), and a file input's name (its files are read as files; a form sent
     * url-encoded by a script gives it as text).
     */
    private static final List<String> NOT_FIELDS = List.of("_csrf", "action", OnceOnlyForms.FIELD, "files");
    private static final Pattern INDEXED = Pattern.compile("([A-Za-z][A-Za-z0-9]*)\\[(\\d+)]\\.([A-Za-z][A-Za-z0-9]*)");

    private final Validator validator;
    private final ObjectMapper forms = JsonMapper.builder()
            .addModule(new IsoDates()) // before Jackson's own java.time readers: ISO strings only
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
            .build();

    public PageForms(Validator validator) {
        this.validator = validator;
    }

    /** A form read into {@code T}: the value (null when it could not be read) and every problem, by field. */
    public record Bound<T>(T value, List<FieldProblem> errors) {
        public boolean ok() {
            return value != null && errors.isEmpty();
        }
    }

    public <T> Bound<T> bind(Map<String, String> submitted, Class<T> type) {
        return bindTree(tree(submitted), type);
    }

    /**
     * A form already gathered into fields (a list field as a list, a group of fields as a map) read into {@code T}:
     * for forms {@link #tree} does not gather, such as checkbox groups sent as one field several times.
     */
    public <T> Bound<T> bindTree(Map<String, Object> given, Class<T> type) {
        // a date's day, month and year boxes are read into its ISO value first (GOV.UK's date input)
        List<FieldProblem> dates = new ArrayList<>();
        Map<String, Object> tree = DateFields.combine(given, dates);
        T value;
        try {
            value = forms.convertValue(tree, type);
        } catch (IllegalArgumentException | tools.jackson.core.JacksonException unreadable) {
            List<FieldProblem> problems = new ArrayList<>(dates);
            FieldProblem problem = problemOf(unreadable);
            if (dates.stream().noneMatch(d -> d.field().equals(problem.field()))) {
                problems.add(problem);
            }
            return new Bound<>(null, problems);
        }
        List<FieldProblem> errors = new ArrayList<>(dates);
        for (ConstraintViolation<T> violation : validator.validate(value)) {
            String field = violation.getPropertyPath().toString();
            // a date whose boxes could not be read has that problem, not "is required" as well
            if (dates.stream().noneMatch(d -> d.field().equals(field))) {
                errors.add(new FieldProblem(field, violation.getMessage()));
            }
        }
        errors.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::detail));
        return new Bound<>(value, errors);
    }

    /** Blank fields left out, {@code a[0].b} fields gathered into a list of objects, everything else as given. */
    static Map<String, Object> tree(Map<String, String> submitted) {
        Map<String, Object> tree = new LinkedHashMap<>();
        Map<String, Map<Integer, Map<String, Object>>> lists = new LinkedHashMap<>();
        submitted.forEach((name, raw) -> {
            if (NOT_FIELDS.contains(name) || raw == null || raw.isBlank()) {
                return;
            }
            Matcher indexed = INDEXED.matcher(name);
            if (indexed.matches()) {
                lists.computeIfAbsent(indexed.group(1), k -> new java.util.TreeMap<>())
                        .computeIfAbsent(Integer.parseInt(indexed.group(2)), k -> new LinkedHashMap<>())
                        .put(indexed.group(3), raw.strip());
            } else {
                tree.put(name, raw.strip());
            }
        });
        lists.forEach((name, items) -> tree.put(name, new ArrayList<>(items.values())));
        return tree;
    }

    /** The binding failure in what Jackson threw: itself (Jackson 3 throws it as is) or its cause. */
    private static Throwable databind(RuntimeException unreadable) {
        return unreadable instanceof DatabindException ? unreadable : unreadable.getCause();
    }

    private static FieldProblem problemOf(RuntimeException unreadable) {
        if (databind(unreadable) instanceof DatabindException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder field = new StringBuilder();
            for (tools.jackson.core.JacksonException.Reference ref : mapping.getPath()) {
                if (ref.getPropertyName() != null) {
                    field.append(field.isEmpty() ? "" : ".").append(ref.getPropertyName());
                } else if (ref.getIndex() >= 0) {
                    field.append('[').append(ref.getIndex()).append(']');
                }
            }
            return new FieldProblem(field.toString(), "is not one this field takes: choose from the options shown, or check what you entered.");
        }
        return new FieldProblem("form", "could not be read; check each field and try again.");
    }
}
