package uk.tidemark.app.web.problem;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.stream.Collectors;
import uk.tidemark.app.refusal.FieldProblem;

/**
 * Turns a JSON body that Jackson could not read into the field it failed on and a sentence about it. Jackson
 * stops at the first such failure, so these answers name one field, with one exception: unknown properties, which
 * are named all together when they sit in the same object (the body is read again for them, see
 * {@link RequestBodyKeeper}). The messages are written here rather than passed on because Jackson's own name Java
 * types and echo input.
 */
final class JsonReadProblems {

    static final String BODY = "body";

    private JsonReadProblems() {
    }

    private static final ObjectMapper TREES = JsonMapper.builder().build();

    /**
     * Every unknown property of the object in which Jackson met the first one, in the order sent, when the body was
     * kept; otherwise the one problem {@link #of(HttpMessageNotReadableException)} finds.
     */
    static List<FieldProblem> all(HttpMessageNotReadableException ex, byte[] body) {
        if (ex.getCause() instanceof UnrecognizedPropertyException unknown && body != null) {
            List<FieldProblem> siblings = unknownSiblings(unknown, body);
            if (!siblings.isEmpty()) {
                return siblings;
            }
        }
        return List.of(of(ex));
    }

    private static List<FieldProblem> unknownSiblings(UnrecognizedPropertyException unknown, byte[] body) {
        JsonNode node;
        try {
            node = TREES.readTree(body);
        } catch (JacksonException unreadable) {
            return List.of();
        }
        List<JacksonException.Reference> refs = new ArrayList<>(unknown.getPath());
        if (!refs.isEmpty() && unknown.getPropertyName().equals(refs.get(refs.size() - 1).getPropertyName())) {
            refs.remove(refs.size() - 1); // the unknown property itself: its object is the one before
        }
        StringBuilder prefix = new StringBuilder();
        for (JacksonException.Reference ref : refs) {
            if (ref.getPropertyName() != null) {
                node = node.path(ref.getPropertyName());
                prefix.append(prefix.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                node = node.path(ref.getIndex());
                prefix.append('[').append(ref.getIndex()).append(']');
            }
        }
        if (!node.isObject()) {
            return List.of();
        }
        Set<String> known = new HashSet<>(known(unknown));
        String allowed = "is not a field of this request; allowed: " + String.join(", ", known(unknown)) + ".";
        List<FieldProblem> problems = new ArrayList<>();
        node.propertyNames().forEach(name -> {
            if (!known.contains(name)) {
                problems.add(new FieldProblem(prefix.isEmpty() ? name : prefix + "." + name, allowed));
            }
        });
        return problems;
    }

    static FieldProblem of(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new FieldProblem(path(unknown, unknown.getPropertyName()),
                    "is not a field of this request; allowed: " + String.join(", ", known(unknown)) + ".");
        }
        if (cause instanceof InvalidFormatException invalid) {
            return new FieldProblem(path(invalid, null), "must be " + expected(invalid.getTargetType()) + ".");
        }
        if (cause instanceof InvalidNullException nulled) {
            return new FieldProblem(path(nulled, null), "must not be null.");
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return new FieldProblem(path(mismatched, null), "must be " + expected(mismatched.getTargetType()) + ".");
        }
        if (cause instanceof DatabindException mapping && !mapping.getPath().isEmpty()) {
            return new FieldProblem(path(mapping, null), "has a value that cannot be used here.");
        }
        if (cause instanceof JacksonException) {
            return new FieldProblem(BODY, "is not valid JSON.");
        }
        return new FieldProblem(BODY, "is missing or unreadable; send a JSON object.");
    }

    /** {@code people[0].role}: the route through the JSON to the failing value. */
    private static String path(DatabindException ex, String leaf) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : ex.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        if (leaf != null && !out.toString().endsWith(leaf)) {
            out.append(out.isEmpty() ? "" : ".").append(leaf);
        }
        return out.isEmpty() ? BODY : out.toString();
    }

    private static List<String> known(PropertyBindingException ex) {
        Collection<Object> ids = ex.getKnownPropertyIds();
        return ids == null ? List.of() : ids.stream().map(String::valueOf).sorted().toList();
    }

    private static final Map<Class<?>, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(String.class, "text"),
            Map.entry(Boolean.class, "true or false"), Map.entry(boolean.class, "true or false"),
            Map.entry(Integer.class, "a whole number"), Map.entry(int.class, "a whole number"),
            Map.entry(Long.class, "a whole number"), Map.entry(long.class, "a whole number"),
            Map.entry(Instant.class, "a date and time in ISO-8601 UTC form, such as 2025-03-14T09:30:00Z"),
            Map.entry(LocalDate.class, "a date in ISO-8601 form, such as 2025-03-14"));

    /** In words, never a Java class name. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        String known = DESCRIPTIONS.get(type);
        return known != null ? known : "an object";
    }
}
