package uk.tidemark.app.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import uk.tidemark.kernel.Personal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Where the {@link Personal} values of a record type stand in its JSON: the marked string and list-of-string
 * components, and the components whose record type marks some of its own (a {@code Person} in a list of people).
 * Worked out once per type from its record components, whose names are the JSON property names.
 */
final class PersonalFields {

    private static final Map<Class<?>, PersonalFields> PLANS = new ConcurrentHashMap<>();

    private record Step(String property, boolean personal, PersonalFields nested) {
    }

    private final List<Step> steps;

    private PersonalFields(List<Step> steps) {
        this.steps = steps;
    }

    /** The plan of a type: empty when it has no personal content (anything that is not a record has none). */
    static PersonalFields of(Class<?> type) {
        PersonalFields known = PLANS.get(type);
        if (known == null) {
            known = plan(type);
            PLANS.putIfAbsent(type, known);
        }
        return known;
    }

    boolean isEmpty() {
        return steps.isEmpty();
    }

    /** Replaces every personal string in {@code json} (a value of this plan's type) by {@code change} of it. */
    void rewrite(JsonNode json, UnaryOperator<String> change) {
        if (!(json instanceof ObjectNode object)) {
            return;
        }
        for (Step step : steps) {
            JsonNode value = object.get(step.property);
            if (value == null || value.isNull()) {
                continue;
            }
            if (step.personal) {
                if (value.isTextual()) {
                    object.set(step.property, TextNode.valueOf(change.apply(value.asText())));
                } else if (value instanceof ArrayNode array) {
                    for (int i = 0; i < array.size(); i++) {
                        if (array.get(i).isTextual()) {
                            array.set(i, TextNode.valueOf(change.apply(array.get(i).asText())));
                        }
                    }
                }
            } else if (value instanceof ArrayNode array) {
                array.forEach(element -> step.nested.rewrite(element, change));
            } else {
                step.nested.rewrite(value, change);
            }
        }
    }

    private static PersonalFields plan(Class<?> type) {
        if (!type.isRecord()) {
            return new PersonalFields(List.of());
        }
        List<Step> steps = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.isAnnotationPresent(Personal.class)) {
                if (!isText(component.getGenericType())) {
                    throw new IllegalStateException("@Personal marks only strings and lists of strings: "
                            + type.getSimpleName() + "." + component.getName());
                }
                steps.add(new Step(component.getName(), true, null));
                continue;
            }
            Class<?> held = heldRecord(component.getGenericType());
            if (held != null && held != type) {
                PersonalFields nested = of(held);
                if (!nested.isEmpty()) {
                    steps.add(new Step(component.getName(), false, nested));
                }
            }
        }
        return new PersonalFields(List.copyOf(steps));
    }

    private static boolean isText(Type type) {
        if (type == String.class) {
            return true;
        }
        return type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw) && p.getActualTypeArguments()[0] == String.class;
    }

    /** The record type a component holds, alone or as a collection's elements; null for anything else. */
    private static Class<?> heldRecord(Type type) {
        if (type instanceof Class<?> c) {
            return c.isRecord() ? c : null;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw) && p.getActualTypeArguments()[0] instanceof Class<?> e) {
            return e.isRecord() ? e : null;
        }
        return null;
    }
}
