package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.ApiClient.write;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.CaseFixture.sleep;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Bad input answers 400 as a problem detail whose {@code errors} name the offending fields, and changes nothing:
 * no event is stored, no case appears in the list, the case keeps its version.
 */
@RunningApp
class BadRequestTest {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;

    private String caseId;
    private String warningId;

    @BeforeEach
    void aTriagedCaseWithAWarning() {
        JsonNode fresh = cases.logAndAwait(caseBody());
        caseId = fresh.path("id").asText();
        String subject = fresh.path("people").get(1).path("personId").asText();
        assertThat(api.post(DSL_A, path("triage"), Map.of("severity", "LOW", "reason", "r")).status()).isEqualTo(204);
        warningId = api.post(DSL_A, path("warnings"), Map.of("personId", subject, "kind", "VERBAL", "channel", "PHONE",
                "text", "Please stop.")).json().path("warningId").asText();
        cases.awaitVersion(DSL_A, caseId, 2);
    }

    @Test
    void loggingNamesEveryMissingField() {
        JsonNode errors = badLog(DSL_A, "{}");
        assertThat(fields(errors)).contains("category", "platform", "occurredAt", "summary", "immediateRisk");
        assertThat(errors.get(0).path("detail").asText()).isNotBlank();
    }

    @Test
    void loggingRefusesUnknownEnumValuesAndListsTheAllowedOnes() {
        JsonNode errors = badLog(DSL_A, with("category", "BULLYING"));
        assertThat(fields(errors)).containsExactly("category");
        assertThat(errors.get(0).path("detail").asText()).contains("DEFAMATION", "CYBERBULLYING", "OTHER");

        Map<String, Object> body = caseBody();
        body.put("people", List.of(Map.of("name", "X", "role", "HEADMASTER", "involvement", "SUBJECT")));
        JsonNode nested = badLog(DSL_A, write(body));
        assertThat(fields(nested)).containsExactly("people[0].role");
        assertThat(nested.get(0).path("detail").asText()).contains("PUPIL", "MEMBER_OF_PUBLIC");
    }

    @Test
    void loggingRefusesOversizedText() {
        assertThat(fields(badLog(DSL_A, with("summary", "x".repeat(4001))))).containsExactly("summary");

        Map<String, Object> person = Map.of("name", "n".repeat(201), "role", "PUPIL", "involvement", "TARGET");
        assertThat(fields(badLog(DSL_A, with("people", List.of(person))))).containsExactly("people[0].name");

        List<Object> crowd = new ArrayList<>(Collections.nCopies(51,
                Map.of("name", "Someone", "role", "UNKNOWN", "involvement", "WITNESS")));
        assertThat(fields(badLog(DSL_A, with("people", crowd)))).containsExactly("people");

        List<String> links = Collections.nCopies(21, "https://example.org/a");
        assertThat(fields(badLog(DSL_A, with("links", links)))).containsExactly("links");
        String longUrl = "https://example.org/" + "a".repeat(2000);
        assertThat(fields(badLog(DSL_A, with("links", List.of(longUrl))))).containsExactly("links[0]");
    }

    @Test
    void loggingRefusesLinksThatAreNotWebAddresses() {
        JsonNode errors = badLog(DSL_A, with("links", List.of("https://ok.example/1", "javascript:alert(1)")));
        assertThat(fields(errors)).containsExactly("links[1]");
        assertThat(fields(badLog(DSL_A, with("links", List.of("not a url"))))).containsExactly("links[0]");
    }

    @Test
    void loggingRefusesUnknownPropertiesSuchAsAReporter() {
        assertThat(fields(badLog(DSL_A, with("reportedBy", "someone-else")))).containsExactly("reportedBy");
    }

    @Test
    void loggingRefusesMalformedJsonAndWrongTypes() {
        assertThat(fields(badLog(DSL_A, "{\"category\": \"DEFAMATION\","))).containsExactly("body");
        assertThat(fields(badLog(DSL_A, "not json at all"))).containsExactly("body");
        assertThat(fields(badLog(DSL_A, with("immediateRisk", "perhaps")))).containsExactly("immediateRisk");
        assertThat(fields(badLog(DSL_A, with("occurredAt", "last tuesday")))).containsExactly("occurredAt");
    }

    @Test
    void loggingRefusesAnOccurrenceInTheFuture() {
        String later = Instant.now().plus(10, ChronoUnit.MINUTES).toString();
        assertThat(fields(badLog(DSL_A, with("occurredAt", later)))).containsExactly("occurredAt");
    }

    @Test
    void loggingRefusesASettingTheUserDoesNotBelongToAndNeedsOneWhenTheUserHasSeveral() {
        JsonNode foreign = badLog(STAFF_A, with("settingId", SETTING_B));
        assertThat(fields(foreign)).containsExactly("settingId");
        assertThat(fields(badLog(DSL_AB, write(caseBody())))).containsExactly("settingId");
        // and the setting error is listed with the others
        Map<String, Object> body = caseBody();
        body.put("settingId", SETTING_B);
        body.remove("summary");
        assertThat(fields(badLog(DSL_A, write(body)))).containsExactly("settingId", "summary");
    }

    @Test
    void actionsNameTheirBadFields() {
        assertBad(path("notes"), Map.of("text", "x".repeat(10001)), "text");
        assertBad(path("notes"), Map.of(), "text");
        assertBad(path("triage"), Map.of("severity", "SEVERE", "reason", "r"), "severity");
        assertBad(path("triage"), Map.of("severity", "LOW", "reason", "r".repeat(4001)), "reason");
        assertBad(path("evidence"), evidence("sha256", "abc"), "sha256");
        assertBad(path("evidence"), evidence("sha256", "z".repeat(64)), "sha256");
        assertBad(path("evidence"), evidence("capturedAt", Instant.now().plus(1, ChronoUnit.HOURS).toString()),
                "capturedAt");
        assertBad(path("evidence"), evidence("url", "ftp://files.example/x"), "url");
        assertBad(path("close"), Map.of("rationale", "r"), "outcome");
        assertBad(path("close"), Map.of("outcome", "RESOLVED_INFORMALLY", "rationale", "r".repeat(4001)), "rationale");
        assertBad(path("reopen"), Map.of("reason", " "), "reason");
        assertBad(path("referrals"), Map.of("agency", "FBI", "reason", "r"), "agency");
        assertBad(path("police-escalation"), Map.of("reason", "HATE_CRIME"), "force");
        assertBad(path("police-updates"), Map.of("status", "s"), "note");
        assertBad(path("content-actions"), Map.of("action", "POST_HIDDEN", "actionId", "mine"), "actionId");
        assertBad(path("warnings"), Map.of("personId", "p", "kind", "WRITTEN", "channel", "PIGEON", "text", "t"),
                "channel");
        // someone who cannot work on the case cannot be made its owner
        assertBad(path("assign"), Map.of("ownerId", DSL_B), "ownerId");
        assertBad(path("assign"), Map.of("ownerId", "nobody-of-that-name"), "ownerId");
        assertBad(path("triage"), Map.of("severity", "LOW", "reason", "r", "ownerId", STAFF_A), "ownerId");
    }

    @Test
    void aWarningResponseIsCompliedOrRefusedNeverNoResponse() {
        JsonNode errors = assertBad(path("warnings/" + warningId + "/response"), Map.of("response", "NO_RESPONSE"),
                "response");
        assertThat(errors.get(0).path("detail").asText()).contains("COMPLIED", "REFUSED").doesNotContain("NO_RESPONSE");
    }

    @Test
    void anUnreadableIfMatchIsABadRequest() {
        long before = cases.storedVersion(caseId);
        JsonNode problem = assertProblem(api.post(DSL_A, path("notes"), Map.of("text", "t"), "W/\"2\""), 400);
        assertThat(fields(problem.path("errors"))).containsExactly("If-Match");
        assertProblem(api.post(DSL_A, path("notes"), Map.of("text", "t"), "two"), 400);
        assertThat(cases.storedVersion(caseId)).isEqualTo(before);
    }

    @Test
    void listParametersOfTheWrongTypeOrRangeAreBadRequests() {
        assertThat(badList("status=open")).containsExactly("status");
        assertThat(badList("severity=HUGE")).containsExactly("severity");
        assertThat(badList("page=first")).containsExactly("page");
        assertThat(badList("page=-1")).containsExactly("page");
        assertThat(badList("size=101")).containsExactly("size");
        assertThat(badList("size=0&page=-2")).containsExactly("page", "size");
        JsonNode problem = assertProblem(api.get(DSL_A, "/api/incidents?stage=SOMEWHERE"), 400);
        assertThat(problem.path("errors").get(0).path("detail").asText()).contains("NEW", "TRIAGED", "CLOSED");
    }

    /** Issue 12: "yes", "1", "on" were read as true by Spring; a boolean in a query string is true or false. */
    @Test
    void booleanQueryParametersAreTrueOrFalseAndNothingElse() {
        Map<String, String> flags = new LinkedHashMap<>();
        flags.put("/api/notifications", "unread");
        flags.put("/api/complaints", "open");
        flags.put("/api/deadlines", "mine");
        flags.put("/api/disciplinary-cases", "open");
        flags.forEach((path, flag) -> {
            String user = path.contains("disciplinary") ? HR : DSL_A;
            for (String word : List.of("yes", "no", "1", "0", "on", "off", "TRUE", "maybe")) {
                JsonNode problem = assertProblem(api.get(user, path + "?" + flag + "=" + word), 400);
                assertThat(fields(problem.path("errors"))).as("%s?%s=%s", path, flag, word).containsExactly(flag);
                assertThat(problem.path("errors").get(0).path("detail").asText()).isEqualTo("must be true or false.");
            }
            for (String word : List.of("true", "false")) {
                assertThat(api.get(user, path + "?" + flag + "=" + word).status()).as("%s?%s=%s", path, flag, word)
                        .isEqualTo(200);
            }
        });
    }

    /**
     * Issue 12: limits count characters (code points). U+1F600 and U+1D49C lie outside the Basic Multilingual Plane:
     * two UTF-16 units each, one character.
     */
    @Test
    void lengthLimitsCountCharactersNotUtf16Units() {
        String grin = "\uD83D\uDE00";
        String script = "\uD835\uDC9C";
        Map<String, Object> atTheLimit = new LinkedHashMap<>(caseBody());
        atTheLimit.put("summary", script.repeat(4000));
        atTheLimit.put("people", List.of(Map.of("name", grin.repeat(200), "role", "PUPIL", "involvement", "TARGET")));
        Reply logged = api.post(DSL_A, "/api/incidents", atTheLimit);
        assertThat(logged.status()).as("200 emoji are 200 characters: %s", logged).isEqualTo(201);
        JsonNode shown = cases.awaitVersion(DSL_A, logged.json().path("id").asText(), 0);
        assertThat(shown.path("people").get(0).path("name").asText()).isEqualTo(grin.repeat(200));

        Map<String, Object> person = Map.of("name", grin.repeat(201), "role", "PUPIL", "involvement", "TARGET");
        assertThat(fields(badLog(DSL_A, with("people", List.of(person))))).containsExactly("people[0].name");
        JsonNode summary = badLog(DSL_A, with("summary", script.repeat(4001)));
        assertThat(fields(summary)).containsExactly("summary");
        assertThat(summary.get(0).path("detail").asText()).isEqualTo("must be at most 4000 characters.");

        assertThat(api.post(DSL_A, path("notes"), Map.of("text", grin.repeat(10_000))).status()).isEqualTo(201);
        assertBad(path("notes"), Map.of("text", grin.repeat(10_001)), "text");
    }

    /**
     * A setting's name, an account's display name and a calendar day's reason live in relational columns, which the
     * embedded H2 store counts in UTF-16 units (an emoji takes two places): migration V75 makes them hold every text
     * the API accepts, so 200 emoji are kept, and 201 are a 400 naming the field, never the store's 500.
     */
    @Test
    void aNameKeptInARelationalColumnHoldsAsManyCharactersAsTheApiAccepts() {
        String grin = "\uD83D\uDE00";
        assertThat(api.post(ADMIN, "/api/admin/settings", Map.of("name", grin.repeat(200), "id", "emoji-a",
                "trustId", "trust-1")).status()).isEqualTo(201);
        JsonNode emoji = assertProblem(api.post(ADMIN, "/api/admin/settings",
                Map.of("name", grin.repeat(201), "id", "emoji-b", "trustId", "trust-1")), 400);
        assertThat(fields(emoji.path("errors"))).containsExactly("name");
        assertThat(api.post(ADMIN, "/api/admin/users", Map.of("username", "emoji.name", "displayName", grin.repeat(200),
                "roles", List.of("STAFF"), "settingIds", List.of(SETTING_A))).status()).isEqualTo(201);
        JsonNode latin = assertProblem(api.post(ADMIN, "/api/admin/settings",
                Map.of("name", "n".repeat(201), "id", "latin-c", "trustId", "trust-1")), 400);
        assertThat(fields(latin.path("errors"))).containsExactly("name");
        assertThat(latin.path("errors").get(0).path("detail").asText()).isEqualTo("must be at most 200 characters.");
    }

    // ---- helpers ----

    private String path(String action) {
        return "/api/incidents/" + caseId + "/" + action;
    }

    /** Logs with a bad body: 400, and no event stored, and no new case in the list. */
    private JsonNode badLog(String user, String body) {
        long events = cases.storedEventCount();
        long listed = api.get(user, "/api/incidents").json().path("total").asLong();
        JsonNode problem = assertProblem(api.post(user, "/api/incidents", body), 400);
        assertThat(problem.path("detail").asText()).isEqualTo("The request has invalid fields; see errors.");
        assertThat(cases.storedEventCount()).isEqualTo(events);
        sleep(30);
        assertThat(api.get(user, "/api/incidents").json().path("total").asLong()).isEqualTo(listed);
        return problem.path("errors");
    }

    /** 400 naming {@code field} among the errors, with the case's version unchanged. */
    private JsonNode assertBad(String path, Map<String, ?> body, String field) {
        long before = cases.storedVersion(caseId);
        JsonNode problem = assertProblem(api.post(DSL_A, path, body), 400);
        assertThat(fields(problem.path("errors"))).as("%s %s", path, body).contains(field);
        assertThat(cases.storedVersion(caseId)).isEqualTo(before);
        return problem.path("errors");
    }

    private List<String> badList(String query) {
        return fields(assertProblem(api.get(DSL_A, "/api/incidents?" + query), 400).path("errors"));
    }

    private static String with(String field, Object value) {
        Map<String, Object> body = new LinkedHashMap<>(caseBody());
        body.put(field, value);
        return write(body);
    }

    private static Map<String, Object> evidence(String field, String value) {
        Map<String, Object> body = new HashMap<>(Map.of("description", "Screenshot", "sha256", SHA,
                "capturedAt", Instant.now().minusSeconds(60).toString()));
        body.put(field, value);
        return body;
    }

    private static List<String> fields(JsonNode errors) {
        List<String> fields = new ArrayList<>();
        errors.forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }
}
