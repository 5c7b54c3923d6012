package uk.tidemark.app.audit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one textual form of an audit entry and of its details, so that the same entry always gives the same bytes,
 * and anyone can recompute a hash with a few lines in any language (decision 0011): a JSON object with its keys in
 * ascending order, no whitespace, {@code null} for absent values, integers as digits, strings with {@code "} and
 * {@code \} escaped as {@code \"} and {@code \\}, control characters below U+0020 as a backslash, {@code u00}
 * and two lower-case hex digits, everything else as itself, encoded in UTF-8.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    /** Values: String, Integer, Long, Boolean, Enum (its name), null, a Map with String keys, or a List of these. */
    public static String write(Map<String, ?> object) {
        StringBuilder out = new StringBuilder();
        value(out, object);
        return out.toString();
    }

    private static void value(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Enum<?> e) {
            string(out, e.name());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : sorted(map).entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, entry.getKey().toString());
                out.append(':');
                value(out, entry.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                value(out, list.get(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a canonical JSON value: " + value.getClass().getName());
        }
    }

    private static Map<String, ?> sorted(Map<?, ?> map) {
        TreeMap<String, Object> sorted = new TreeMap<>();
        map.forEach((k, v) -> {
            if (!(k instanceof String key)) {
                throw new IllegalArgumentException("keys must be strings");
            }
            sorted.put(key, v);
        });
        return sorted;
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
