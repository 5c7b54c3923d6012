package uk.tidemark.app.web;

import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.tidemark.app.fixture.TestAccounts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every endpoint of one case (an incident, a disciplinary case, a complaint), read from Spring's handler mappings,
 * each with a body it accepts from someone who may act. A new case endpoint has no body here, and the tests built
 * on this list fail until it is given one: no endpoint escapes the access and mass-assignment tests.
 */
public final class CaseEndpoints {

    public static final String INCIDENTS = "/api/incidents";
    public static final String DISCIPLINARY = "/api/disciplinary-cases";
    public static final String COMPLAINTS = "/api/complaints";
    public static final List<String> CASE_TYPES = List.of(INCIDENTS, DISCIPLINARY, COMPLAINTS);

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    /** A letter every case of its kind can make at any stage (decision 0049), for the {hrLetter} of a path. */
    private static final Map<String, String> LETTERS = Map.of("hrLetter", "investigation-meeting-invitation",
            "complaintLetter", "complaint-acknowledgement");
    private static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Z]+)}");

    /** One endpoint: {@code GET /api/incidents/{id}}; {@code body} is null for a GET. */
    public record Endpoint(String method, String pattern, Map<String, Object> body) {

        public String key() {
            return method + " " + pattern;
        }

        /** The collection it belongs to: {@link #INCIDENTS}, {@link #DISCIPLINARY} or {@link #COMPLAINTS}. */
        public String caseType() {
            return CASE_TYPES.stream().filter(p -> pattern.startsWith(p + "/")).findFirst().orElseThrow();
        }

        /** The path with every {variable} filled in from {@code ids}; {id} is the case. */
        public String path(Map<String, String> ids) {
            Matcher m = VARIABLE.matcher(pattern);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = ids.getOrDefault(m.group(1), LETTERS.get(m.group(1)));
                if (value == null) {
                    throw new AssertionError("no value for {" + m.group(1) + "} in " + pattern);
                }
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            return out.toString();
        }

        /** The body with every "{variable}" value filled in from {@code ids}. */
        public Map<String, Object> body(Map<String, String> ids) {
            if (body == null) {
                return null;
            }
            Map<String, Object> filled = new LinkedHashMap<>();
            body.forEach((k, v) -> filled.put(k, v instanceof String s && s.startsWith("{") && s.endsWith("}")
                    ? ids.get(s.substring(1, s.length() - 1)) : v));
            return filled;
        }
    }

    private CaseEndpoints() {
    }

    /** "METHOD pattern" of every mapped endpoint of one case (its path has an {id} under a case collection). */
    public static Set<String> mapped(RequestMappingHandlerMapping mapping) {
        Set<String> found = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (CASE_TYPES.stream().noneMatch(p -> pattern.startsWith(p + "/{id}"))) {
                    continue;
                }
                info.getMethodsCondition().getMethods().forEach(m -> found.add(m.name() + " " + pattern));
            }
        }
        return found;
    }

    /** The endpoints of one case with a body each; see the class comment. */
    public static List<Endpoint> all() {
        return List.copyOf(BODIES.values());
    }

    private static final Map<String, Endpoint> BODIES = new LinkedHashMap<>();

    private static void get(String pattern) {
        Endpoint e = new Endpoint("GET", pattern, null);
        BODIES.put(e.key(), e);
    }

    private static void delete(String pattern, Map<String, Object> body) {
        Endpoint e = new Endpoint("DELETE", pattern, body);
        BODIES.put(e.key(), e);
    }

    private static void post(String pattern, Map<String, Object> body) {
        Endpoint e = new Endpoint("POST", pattern, body);
        BODIES.put(e.key(), e);
    }

    static {
        String i = INCIDENTS + "/{id}";
        get(i);
        get(i + "/chronology");
        get(i + "/evidence/{evidenceId}");
        get(i + "/evidence/{evidenceId}/thumbnail");
        post(i + "/triage", Map.of("severity", "LOW", "reason", "Assessed"));
        post(i + "/assign", Map.of("ownerId", TestAccounts.DSL_A));
        post(i + "/content-actions", Map.of("action", "POST_HIDDEN"));
        post(i + "/notes", Map.of("text", "A note"));
        post(i + "/evidence", Map.of("description", "Screenshot", "sha256", SHA,
                "capturedAt", Instant.now().minusSeconds(3600).toString()));
        post(i + "/warnings", Map.of("personId", "{personId}", "kind", "VERBAL", "channel", "MEETING",
                "text", "Please stop"));
        post(i + "/warnings/{warningId}/response", Map.of("response", "COMPLIED"));
        post(i + "/police-escalation", Map.of("reason", "HARASSMENT", "force", "Kent Police"));
        post(i + "/police-updates", Map.of("status", "Investigating", "note", "Officer visited"));
        post(i + "/referrals", Map.of("agency", "CEOP", "reason", "Images shared"));
        post(i + "/referrals/{referralId}/acknowledgement", Map.of("reference", "ACK-1"));
        post(i + "/disciplinary-referral", Map.of("personId", "{personId}", "teacher", false,
                "concernsHarmToChildren", false, "allegation", "Posted about a colleague"));
        post(i + "/complaint-referral", Map.of("channel", "EMAIL", "complainant", "A parent",
                "summary", "About the post"));
        post(i + "/people/{personId}/user", Map.of("username", TestAccounts.STAFF_A));
        post(i + "/people", Map.of("name", "Another Pupil", "role", "PUPIL", "involvement", "WITNESS",
                "reason", "Named by the pupil"));
        post(i + "/people/{personId}/correction", Map.of("name", "Pupil Won", "reason", "Spelling"));
        post(i + "/category", Map.of("category", "DEFAMATION", "secondaryCategories", List.of("IMAGE_CONSENT_BREACH"),
                "reason", "It names a teacher"));
        post(i + "/amendment", Map.of("platform", "TIKTOK", "reason", "It was TikTok"));
        post(i + "/close", Map.of("outcome", "NO_FURTHER_ACTION", "rationale", "Resolved"));
        post(i + "/reopen", Map.of("reason", "New posts"));
        // records governance (decision 0052): on the matrix's open case, each reaches the case's rules (409)
        post(i + "/destruction", Map.of("reason", "Retention period ended"));
        post(i + "/destruction/confirmation", Map.of());
        post(i + "/legal-hold", Map.of("reason", "Police investigation"));
        delete(i + "/legal-hold", Map.of("reason", "The investigation ended"));
        post(i + "/retention", Map.of("until", LocalDate.now().plusYears(30).toString(), "reason", "A claim"));
        // verifiable case bundles (decision 0054)
        post(i + "/bundles", Map.of("recipient", "The LADO", "redactThirdParties", true));
        get(i + "/bundles");
        get(i + "/bundles/{bundleId}");

        String d = DISCIPLINARY + "/{id}";
        get(d);
        post(d + "/investigator", Map.of("investigator", "Deputy head"));
        post(d + "/findings", Map.of("findings", "The post was made"));
        post(d + "/hearing-invitation", Map.of("hearingOn", LocalDate.now().plusDays(30).toString(),
                "rightToBeAccompaniedStated", true));
        post(d + "/hearing", Map.of("companion", "A colleague"));
        post(d + "/outcome", Map.of("outcome", "FIRST_WRITTEN_WARNING", "reasons", "Breach of policy"));
        post(d + "/appeal", Map.of("grounds", "Too harsh"));
        post(d + "/appeal-decision", Map.of("decision", "NOT_UPHELD", "reasons", "Proportionate"));
        post(d + "/resignation", Map.of("effectiveOn", LocalDate.now().plusDays(10).toString()));
        post(d + "/barring-referral-decision", Map.of("dbs", "NOT_REFERRED", "reasons", "No harm to a child"));
        post(d + "/close", Map.of("rationale", "Concluded"));
        get(d + "/letters/{hrLetter}");
        post(d + "/letters/{hrLetter}", Map.of());

        String c = COMPLAINTS + "/{id}";
        get(c);
        post(c + "/acknowledgement", Map.of());
        post(c + "/informal-resolution", Map.of("outcome", "Apologised"));
        post(c + "/formal-stage", Map.of("reason", "Not resolved informally"));
        post(c + "/formal-response", Map.of("findings", "Looked into", "reasons", "Because",
                "howToEscalate", "Ask for a panel"));
        post(c + "/panel-request", Map.of("reason", "Still unhappy"));
        post(c + "/panel-hearing-date", Map.of("hearingOn", LocalDate.now().plusDays(7).toString()));
        post(c + "/panel-hearing", Map.of("heldOn", LocalDate.now().toString(), "panelMembers", List.of("A Governor")));
        post(c + "/panel-decision", Map.of("decision", "NOT_UPHELD", "reasons", "Handled properly"));
        post(c + "/close", Map.of("rationale", "Concluded"));
        post(c + "/withdrawal", Map.of("reason", "Withdrawn by the complainant"));
        get(c + "/letters/{complaintLetter}");
        post(c + "/letters/{complaintLetter}", Map.of());
    }
}
