package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.web.problem.ForbiddenException;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail over HTTP: every event, every read of case data, every sign-in and every denial is an entry,
 * with who, what, when and which case, and no case content; {@code GET /api/audit} shows each reader their scope.
 */
class AuditTrailTest extends AuditTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    /** A controller that refuses with a 403 of its own, as future endpoints may: the interceptor must record it. */
    @TestConfiguration
    static class ForbiddingController {
        @RestController
        static class Forbidding {
            @GetMapping("/api/test-only/forbidden")
            String refuse() {
                throw new ForbiddenException("Your role does not allow this.");
            }
        }
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEventIsAnEntryInTheEventStoresOrderWithItsActorCaseAndSetting() {
        String id = logCase(DSL_A, caseBody());
        awaitVersion(DSL_A, id, 1);
        assertThat(post(DSL_A, "/api/incidents/" + id + "/triage",
                Map.of("severity", "LOW", "reason", "Unkind but not threatening")).status()).isEqualTo(204);
        List<String> stored = jdbc.queryForList("SELECT payloadType FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "ORDER BY sequenceNumber", String.class, id);
        List<Map<String, Object>> entries = awaitAudit(stored.size(), "kind = 'EVENT' AND case_id = ?", id);

        assertThat(entries).extracting(r -> r.get("what"))
                .containsExactlyElementsOf(stored.stream().map(t -> t.substring(t.lastIndexOf('.') + 1)).toList());
        assertThat(entries.get(0).get("what")).isEqualTo("IncidentLogged");
        for (int i = 0; i < entries.size(); i++) {
            Map<String, Object> e = entries.get(i);
            assertThat(e.get("actor")).isEqualTo(DSL_A);
            assertThat(e.get("case_type")).isEqualTo("INCIDENT");
            assertThat(e.get("setting_id")).isEqualTo(SETTING_A);
            assertThat(details(e).path("sequence").asLong()).isEqualTo(i);
        }
        // the whole trail's EVENT entries follow the event store's global order
        List<String> inTrail = jdbc.queryForList("SELECT a.event_id FROM tidemark_audit_entry a "
                + "JOIN DomainEventEntry d ON d.eventIdentifier = a.event_id ORDER BY a.pos", String.class);
        List<String> inStore = jdbc.queryForList("SELECT d.eventIdentifier FROM tidemark_audit_entry a "
                + "JOIN DomainEventEntry d ON d.eventIdentifier = a.event_id ORDER BY d.globalIndex", String.class);
        assertThat(inTrail).isNotEmpty().isEqualTo(inStore);
    }

    @Test
    void everyReadOfCaseDataIsAnEntryWrittenBeforeTheAnswer() {
        String incident = logCase(DSL_A, caseBody());
        String reported = logCase(STAFF_A, caseBody());
        String disciplinary = post(HR, "/api/disciplinary-cases", Map.of("settingId", SETTING_A, "employeeName",
                "Casey Clerk", "teacher", false, "concernsHarmToChildren", false, "allegation", "A post.")).json()
                .path("id").asText();
        String complaint = post(DSL_A, "/api/complaints", Map.of("channel", "LETTER", "complainant", "A Neighbour",
                "summary", "Parking")).json().path("id").asText();
        awaitVersion(DSL_A, incident, 1);
        awaitVersion(DSL_A, reported, 1);
        awaitGet(HR, "/api/disciplinary-cases/" + disciplinary, r -> r.status() == 200, "the HR case");
        awaitGet(DSL_A, "/api/complaints/" + complaint, r -> r.status() == 200, "the complaint");

        record Read(String user, String path, String what, String caseId, String caseType, String settingId) {
        }
        for (Read read : List.of(
                new Read(DSL_A, "/api/incidents/" + incident, "GET /api/incidents/{id}", incident, "INCIDENT", SETTING_A),
                new Read(DSL_A, "/api/incidents/" + incident + "/chronology", "GET /api/incidents/{id}/chronology",
                        incident, "INCIDENT", SETTING_A),
                new Read(STAFF_A, "/api/incidents/" + reported, "GET /api/incidents/{id}", reported, "INCIDENT",
                        SETTING_A),
                new Read(DSL_A, "/api/incidents?size=5", "GET /api/incidents", null, null, null),
                new Read(HR, "/api/disciplinary-cases/" + disciplinary, "GET /api/disciplinary-cases/{id}", disciplinary,
                        "DISCIPLINARY", SETTING_A),
                new Read(HR, "/api/disciplinary-cases", "GET /api/disciplinary-cases", null, null, null),
                new Read(HEAD_A, "/api/hr-register", "GET /api/hr-register", null, null, null),
                new Read(DSL_A, "/api/complaints/" + complaint, "GET /api/complaints/{id}", complaint, "COMPLAINT",
                        SETTING_A),
                new Read(DSL_A, "/api/complaints", "GET /api/complaints", null, null, null),
                new Read(DSL_A, "/api/deadlines", "GET /api/deadlines", null, null, null))) {
            long before = reads();
            Reply reply = get(read.user(), read.path());
            assertThat(reply.status()).as(read.path()).isEqualTo(200);
            // no waiting: the entry was committed before the answer was sent
            assertThat(reads()).as("READ entries after " + read.path()).isEqualTo(before + 1);
            Map<String, Object> entry = auditRows("kind = 'READ'").get((int) before);
            assertThat(entry.get("actor")).isEqualTo(read.user());
            assertThat(entry.get("what")).isEqualTo(read.what());
            assertThat(entry.get("case_id")).isEqualTo(read.caseId());
            assertThat(entry.get("case_type")).isEqualTo(read.caseType());
            assertThat(entry.get("setting_id")).isEqualTo(read.settingId());
        }
        assertThat(details(auditRows("kind = 'READ' AND actor = ? AND case_id = ?", STAFF_A, reported).get(0))
                .path("view").asText()).isEqualTo("REPORTER");
    }

    @Test
    void everyEndpointThatReadsCaseDataIsMarkedSoItsAuditIsEnforced() {
        List<String> unmarked = new ArrayList<>();
        int marked = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> m : mappings.getHandlerMethods().entrySet()) {
            String pkg = m.getValue().getBeanType().getPackageName();
            boolean caseData = pkg.startsWith("uk.tidemark.app.web.incident") || pkg.startsWith("uk.tidemark.app.web.disciplinary")
                    || pkg.startsWith("uk.tidemark.app.web.complaint") || pkg.startsWith("uk.tidemark.app.web.deadline");
            if (caseData && m.getKey().getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                if (m.getValue().hasMethodAnnotation(CaseDataRead.class)) {
                    marked++;
                } else {
                    unmarked.add(m.getKey().toString());
                }
            }
        }
        assertThat(unmarked).as("GET endpoints of case data without @CaseDataRead").isEmpty();
        assertThat(marked).as("the case-data reads found").isGreaterThanOrEqualTo(9);
    }

    @Test
    void aCaseOfAnotherSettingAnswers404AndTheAttemptIsAnEntry() {
        String id = logCase(DSL_A, caseBody());
        awaitVersion(DSL_A, id, 1);
        for (String[] attempt : new String[][]{
                {"GET", "/api/incidents/" + id, "GET /api/incidents/{id}"},
                {"GET", "/api/incidents/" + id + "/chronology", "GET /api/incidents/{id}/chronology"},
                {"POST", "/api/incidents/" + id + "/notes", "POST /api/incidents/{id}/notes"}}) {
            long before = auditCount("kind = 'ACCESS_DENIED'");
            Reply reply = attempt[0].equals("GET") ? get(DSL_B, attempt[1]) : post(DSL_B, attempt[1], Map.of("text", "x"));
            assertProblem(reply, 404);
            List<Map<String, Object>> denied = auditRows("kind = 'ACCESS_DENIED' AND actor = ? AND what = ?", DSL_B,
                    attempt[2]);
            assertThat(auditCount("kind = 'ACCESS_DENIED'")).as(attempt[2]).isEqualTo(before + 1);
            Map<String, Object> entry = denied.get(denied.size() - 1);
            assertThat(entry.get("case_id")).isEqualTo(id);
            assertThat(entry.get("case_type")).isEqualTo("INCIDENT");
            assertThat(entry.get("setting_id")).isEqualTo(SETTING_A);
            assertThat(details(entry).path("status").asInt()).isEqualTo(404);
        }
        // an id that does not exist is not a denial: there is nothing to deny
        long before = auditCount("kind = 'ACCESS_DENIED'");
        assertProblem(get(DSL_B, "/api/incidents/no-such-case"), 404);
        assertThat(auditCount("kind = 'ACCESS_DENIED'")).isEqualTo(before);
    }

    @Test
    void hiddenHrCasesAndComplaintsAreEntriesToo() {
        String disciplinary = post(HR, "/api/disciplinary-cases", Map.of("settingId", SETTING_B, "employeeName",
                "Casey Clerk", "teacher", false, "concernsHarmToChildren", false, "allegation", "A post.")).json()
                .path("id").asText();
        String complaint = post(DSL_B, "/api/complaints", Map.of("channel", "LETTER", "complainant", "A Neighbour",
                "summary", "Parking")).json().path("id").asText();
        assertProblem(get(HEAD_A, "/api/disciplinary-cases/" + disciplinary), 404);
        assertProblem(get(DSL_A, "/api/complaints/" + complaint), 404);
        assertThat(auditRows("kind = 'ACCESS_DENIED' AND actor = ? AND case_id = ?", HEAD_A, disciplinary))
                .singleElement().satisfies(e -> {
                    assertThat(e.get("case_type")).isEqualTo("DISCIPLINARY");
                    assertThat(e.get("setting_id")).isEqualTo(SETTING_B);
                });
        assertThat(auditRows("kind = 'ACCESS_DENIED' AND actor = ? AND case_id = ?", DSL_A, complaint))
                .singleElement().satisfies(e -> assertThat(e.get("case_type")).isEqualTo("COMPLAINT"));
    }

    @Test
    void every403IsOneEntry() throws Exception {
        String own = logCase(STAFF_A, caseBody());
        for (String[] attempt : new String[][]{
                // the security chain's refusals
                {TRUSTEE, "GET", "/api/incidents", "GET /api/incidents"},
                {ADMIN, "GET", "/api/incidents/" + own, "GET /api/incidents/" + own},
                {DSL_A, "GET", "/api/hr-register", "GET /api/hr-register"},
                {HR, "GET", "/api/audit", "GET /api/audit"},
                // a reporter acting on their own case: refused with the case named
                {STAFF_A, "POST", "/api/incidents/" + own + "/notes", "POST /api/incidents/{id}/notes"},
                // a controller's own 403
                {DSL_A, "GET", "/api/test-only/forbidden", "GET /api/test-only/forbidden"}}) {
            long before = auditCount("kind = 'ACCESS_DENIED'");
            Reply reply = attempt[1].equals("GET") ? get(attempt[0], attempt[2])
                    : post(attempt[0], attempt[2], Map.of("text", "x"));
            assertProblem(reply, 403);
            assertThat(auditCount("kind = 'ACCESS_DENIED'")).as(attempt[2]).isEqualTo(before + 1);
            Map<String, Object> entry = auditRows("kind = 'ACCESS_DENIED'").get((int) before);
            assertThat(entry.get("actor")).isEqualTo(attempt[0]);
            assertThat(entry.get("what")).isEqualTo(attempt[3]);
            assertThat(details(entry).path("status").asInt()).isEqualTo(403);
        }
        assertThat(auditRows("kind = 'ACCESS_DENIED' AND actor = ? AND case_id = ?", STAFF_A, own)).hasSize(1);

        // the pages' own 403: a sign-in form posted without its CSRF token, by no one signed in
        long before = auditCount("kind = 'ACCESS_DENIED'");
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + DSL_A + "&password=x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(auditRows("kind = 'ACCESS_DENIED'")).hasSize((int) before + 1).last().satisfies(e -> {
            assertThat(e.get("actor")).isNull();
            assertThat(e.get("what")).isEqualTo("POST /login");
        });
    }

    @Test
    void signInsAndFailedSignInsAreEntriesAndATypedUnknownNameIsNotKept() throws Exception {
        // HTTP Basic: a success, a wrong password, an unknown name
        long signIns = auditCount("kind = 'SIGN_IN' AND actor = ?", DEPUTY_A);
        assertThat(get(DEPUTY_A, "/api/me").status()).isEqualTo(200);
        assertThat(auditCount("kind = 'SIGN_IN' AND actor = ?", DEPUTY_A)).isEqualTo(signIns + 1);
        assertThat(auditRows("kind = 'SIGN_IN' AND actor = ?", DEPUTY_A)).last()
                .satisfies(e -> assertThat(e.get("what")).isEqualTo("BASIC"));

        long failed = auditCount("kind = 'SIGN_IN_FAILED'");
        Reply wrong = send(null, "GET", "/api/me", null, null, null);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(auditCount("kind = 'SIGN_IN_FAILED'")).as("no credentials at all is not a sign-in").isEqualTo(failed);
        assertThat(basic(DEPUTY_A, "not the password").statusCode()).isEqualTo(401);
        assertThat(basic("Password123-typed-as-name", PASSWORD).statusCode()).isEqualTo(401);
        List<Map<String, Object>> refused = auditRows("kind = 'SIGN_IN_FAILED'");
        assertThat(refused).hasSize((int) failed + 2);
        assertThat(refused.get(refused.size() - 2)).satisfies(e -> {
            assertThat(e.get("actor")).isEqualTo(DEPUTY_A);
            assertThat(e.get("what")).isEqualTo("BASIC");
            assertThat(details(e).path("reason").asText()).isEqualTo("BAD_CREDENTIALS");
            assertThat(details(e).path("knownAccount").asBoolean()).isTrue();
        });
        assertThat(refused.get(refused.size() - 1)).satisfies(e -> {
            assertThat(e.get("actor")).isNull();
            assertThat(details(e).path("knownAccount").asBoolean()).isFalse();
        });
        assertThat(auditCount("actor LIKE '%typed-as-name%' OR details LIKE '%typed-as-name%'")).isZero();

        // the sign-in form: one entry for a success, one for a failure
        long formIns = auditCount("kind = 'SIGN_IN' AND what = 'FORM' AND actor = ?", DEPUTY_A);
        long formFails = auditCount("kind = 'SIGN_IN_FAILED' AND what = 'FORM' AND actor = ?", DEPUTY_A);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> bad = form(browser, DEPUTY_A, "wrong");
        assertThat(bad.uri().toString()).contains("/login?error");
        HttpResponse<String> good = form(browser, DEPUTY_A, PASSWORD);
        assertThat(good.uri().getPath()).isEqualTo("/");
        assertThat(auditCount("kind = 'SIGN_IN' AND what = 'FORM' AND actor = ?", DEPUTY_A)).isEqualTo(formIns + 1);
        assertThat(auditCount("kind = 'SIGN_IN_FAILED' AND what = 'FORM' AND actor = ?", DEPUTY_A))
                .isEqualTo(formFails + 1);
    }

    @Test
    void theAuditEndpointShowsEachReaderTheEntriesOfTheirCasesAndTheirOwnSignIns() {
        String inA = logCase(DSL_A, caseBody());
        String inB = logCase(DSL_B, caseBody());
        String hrInA = post(HR, "/api/disciplinary-cases", Map.of("settingId", SETTING_A, "employeeName",
                "Casey Clerk", "teacher", false, "concernsHarmToChildren", false, "allegation", "A post.")).json()
                .path("id").asText();
        awaitVersion(DSL_A, inA, 1);
        awaitVersion(DSL_B, inB, 1);
        awaitAudit(1, "kind = 'EVENT' AND case_id = ?", hrInA);
        get(DSL_B, "/api/incidents/" + inA); // a denial in A's trail, by B's DSL

        JsonNode a = get(DSL_A, "/api/audit?caseId=" + inA + "&size=100").json();
        assertThat(a.path("total").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(a.path("items").findValuesAsText("kind")).contains("EVENT", "READ", "ACCESS_DENIED");
        assertThat(get(DSL_A, "/api/audit?caseId=" + inB).json().path("total").asLong()).isZero();
        assertThat(get(DSL_B, "/api/audit?caseId=" + inB).json().path("total").asLong()).isPositive();
        // a DSL does not see the HR case; the head of its setting does
        assertThat(get(DSL_A, "/api/audit?caseId=" + hrInA).json().path("total").asLong()).isZero();
        assertThat(get(HEAD_A, "/api/audit?caseId=" + hrInA).json().path("total").asLong()).isPositive();
        // everything a DSL sees is of their cases, or their own sign-ins
        for (JsonNode item : get(DSL_A, "/api/audit?size=100").json().path("items")) {
            boolean ownSignIn = item.path("kind").asText().startsWith("SIGN_IN") && item.path("actor").asText().equals(DSL_A);
            boolean theirCase = item.path("settingId").asText().equals(SETTING_A)
                    && List.of("INCIDENT", "COMPLAINT").contains(item.path("caseType").asText());
            assertThat(ownSignIn || theirCase).as("%s", item).isTrue();
        }
        // administrators see everything, others' sign-ins included
        JsonNode all = get(ADMIN, "/api/audit?actor=" + DSL_B + "&size=100").json();
        assertThat(all.path("items").findValuesAsText("kind")).contains("SIGN_IN", "EVENT", "ACCESS_DENIED");
        assertThat(all.path("items").findValuesAsText("actor")).containsOnly(DSL_B);
        // no one else
        for (String user : List.of(HR, STAFF_A, TRUSTEE)) {
            assertProblem(get(user, "/api/audit"), 403);
            assertProblem(get(user, "/api/audit/verify"), 403);
        }
    }

    @Test
    void theAuditListIsNewestFirstPagedAndFilteredByTime() {
        String id = logCase(DSL_A, caseBody());
        awaitAudit(2, "kind = 'EVENT' AND case_id = ?", id);
        // a window that ends now: the admin's own sign-ins while paging do not shift the pages
        Instant now = Instant.now();
        sleep(5);
        JsonNode first = get(ADMIN, "/api/audit?size=3&to=" + now).json();
        JsonNode second = get(ADMIN, "/api/audit?size=3&page=1&to=" + now).json();
        List<Long> positions = new ArrayList<>();
        first.path("items").forEach(i -> positions.add(i.path("position").asLong()));
        second.path("items").forEach(i -> positions.add(i.path("position").asLong()));
        assertThat(positions).hasSize(6).isSortedAccordingTo((x, y) -> Long.compare(y, x)).doesNotHaveDuplicates();
        assertThat(first.path("size").asInt()).isEqualTo(3);
        assertThat(first.path("page").asInt()).isZero();
        JsonNode item = first.path("items").get(0);
        assertThat(item.path("hash").asText()).hasSize(64);
        assertThat(item.path("prevHash").asText()).hasSize(64);
        assertThat(item.path("details").isObject()).isTrue();

        Instant future = Instant.now().plusSeconds(3600);
        assertThat(get(ADMIN, "/api/audit?from=" + future).json().path("total").asLong()).isZero();
        assertThat(get(ADMIN, "/api/audit?to=2000-01-01T00:00:00Z").json().path("total").asLong()).isZero();
        assertThat(get(ADMIN, "/api/audit?from=2000-01-01T00:00:00Z&to=" + future).json().path("total").asLong())
                .isPositive();
        assertThat(assertProblem(get(ADMIN, "/api/audit?size=0&page=-1"), 400).path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("size", "page");
        assertThat(assertProblem(get(ADMIN, "/api/audit?from=" + future + "&to=" + Instant.now()), 400).toString())
                .contains("\"to\"");
        assertThat(assertProblem(get(ADMIN, "/api/audit?from=yesterday"), 400).toString()).contains("from");
    }

    @Test
    void theTrailHoldsNoCaseContent() {
        String id = logCase(DSL_A, caseBody());
        awaitVersion(DSL_A, id, 1);
        post(DSL_A, "/api/incidents/" + id + "/notes", Map.of("text", "Canary note text 7431"));
        post(DSL_A, "/api/complaints", Map.of("channel", "LETTER", "complainant", "Canary Complainant",
                "summary", "Canary complaint summary"));
        post(HR, "/api/disciplinary-cases", Map.of("settingId", SETTING_A, "employeeName", "Canary Employee",
                "teacher", false, "concernsHarmToChildren", false, "allegation", "Canary allegation"));
        awaitChronology(DSL_A, id, 2);
        awaitAudit(1, "what = 'DisciplinaryCaseOpened'");
        String dump = String.valueOf(jdbc.queryForList("SELECT * FROM tidemark_audit_entry"));
        assertThat(dump).contains(id).doesNotContain("Canary", "Pupil One", "Account Holder", "Year 8",
                "instagram.example", PASSWORD);
    }

    @Test
    void theVerifyEndpointFindsTheUntouchedChainValid() {
        logCase(DSL_A, caseBody());
        JsonNode verified = get(ADMIN, "/api/audit/verify").json();
        assertThat(verified.path("valid").asBoolean()).isTrue();
        assertThat(verified.path("firstInvalid").isNull()).isTrue();
        assertThat(verified.path("entries").asLong()).isPositive();
        assertThat(verified.path("lastHash").asText()).hasSize(64);
        assertThat(get(DSL_A, "/api/audit/verify").json().path("valid").asBoolean()).isTrue();
        Offline offline = verifyOffline();
        assertThat(offline.status()).as(offline.out()).isZero();
        assertThat(offline.out()).startsWith("VALID: ");
    }

    @Test
    void theAuditProcessorCannotBeRebuiltAndTheEndpointsAreDescribed() {
        assertThat(get(ADMIN, "/api/admin/projections").json().findValuesAsText("name")).contains("audit");
        assertProblem(post(ADMIN, "/api/admin/projections/audit/rebuild", Map.of()), 404);
        JsonNode paths = send(null, "GET", "/v3/api-docs", null, null, null).json().path("paths");
        assertThat(paths.path("/api/audit").has("get")).isTrue();
        assertThat(paths.path("/api/audit/verify").has("get")).isTrue();
    }

    private HttpResponse<String> basic(String user, String password) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> form(HttpClient browser, String user, String password) throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).isTrue();
        String body = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
