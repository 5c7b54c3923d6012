package uk.tidemark.app.web.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import uk.tidemark.app.audit.CanonicalJson;
import uk.tidemark.kernel.report.PublishedSetting;
import uk.tidemark.kernel.report.Quarter;
import uk.tidemark.kernel.report.QuarterlyReport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SHA-256 a publication carries (decision 0014): of what it froze, {@code publicationId}, {@code quarter},
 * {@code trustName}, {@code settings}, {@code report} and {@code narrative}, as the event's JSON holds them (Jackson,
 * as Axon's serializer writes records), in the audit trail's canonical form ({@link CanonicalJson}: keys sorted, no
 * white space). Every figure of the report is a whole number, so its numbers are written as integers ({@code 80},
 * never {@code 80.0}). Anyone with the event can recompute it in a few lines, in any language.
 */
final class ReportSeal {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportSeal() {
    }

    /** The canonical JSON of the frozen content. */
    static String canonical(String publicationId, Quarter quarter, String trustName, List<PublishedSetting> settings,
                            QuarterlyReport report, String narrative) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("publicationId", publicationId);
        content.put("quarter", quarter);
        content.put("trustName", trustName);
        content.put("settings", settings);
        content.put("report", report);
        content.put("narrative", narrative);
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) whole(JSON.convertValue(content, Map.class));
        return CanonicalJson.write(tree);
    }

    static String sha256(String publicationId, Quarter quarter, String trustName, List<PublishedSetting> settings,
                         QuarterlyReport report, String narrative) {
        byte[] text = canonical(publicationId, quarter, trustName, settings, report, narrative)
                .getBytes(StandardCharsets.UTF_8);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The tree with its whole-number doubles as longs; any other fraction would be a figure the report never has. */
    private static Object whole(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), whole(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ReportSeal::whole).toList();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (d != Math.rint(d) || Double.isInfinite(d)) {
                throw new IllegalStateException("a report figure that is not a whole number: " + d);
            }
            return (long) d;
        }
        return value;
    }
}
