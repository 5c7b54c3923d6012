package uk.tidemark.app.access;

import com.fasterxml.jackson.databind.JsonNode;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.tidemark.app.access.AccessMatrix.Row;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.EvidencePictures;
import uk.tidemark.app.fixture.Multipart;
import uk.tidemark.app.fixture.RidesSessions;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.web.Browser;
import uk.tidemark.app.web.CaseEndpoints;
import uk.tidemark.app.web.CaseEndpoints.Endpoint;
import uk.tidemark.kernel.report.Quarter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.access.AccessMatrix.FILE;
import static uk.tidemark.app.access.AccessMatrix.PLAYERS;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The role × endpoint matrix in {@code docs/access-matrix.csv} checked against the running application: every
 * endpoint Spring maps is in the file (and nothing else), and every role gets what the file says on every
 * endpoint, for an object in its scope. A new endpoint fails the build until someone decides, in the file, who
 * may call it.
 */
@RunningApp
@RidesSessions
class AccessMatrixTest {

    /**
     * Left out of the matrix on purpose (the file's header says why): Spring's own handlers (Boot's error controller
     * and springdoc's API description), and the application port's health (open to all, like the actuator it
     * reports; decision 0028).
     */
    static final List<String> NOT_OURS = List.of("/error", "/v3/api-docs", "/swagger-ui", "/actuator/health");

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;
    @Autowired
    MongoTemplate mongo;

    @Test
    void theMatrixListsEveryMappedEndpointAndNoOther() {
        List<Row> rows = AccessMatrix.rows();
        Set<String> listed = rows.stream().filter(r -> r.source().equals("mvc")).map(Row::key)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> mapped = mapped();
        Set<String> missing = new TreeSet<>(mapped);
        missing.removeAll(listed);
        Set<String> gone = new TreeSet<>(listed);
        gone.removeAll(mapped);
        assertThat(missing).as("endpoints Spring maps that %s does not list: add a row saying who may call each",
                FILE).isEmpty();
        assertThat(gone).as("rows of %s that Spring no longer maps", FILE).isEmpty();
        assertThat(rows.stream().map(Row::key).distinct().count()).as("one row per endpoint")
                .isEqualTo(rows.size());
    }

    @Test
    void everyRoleGetsWhatTheMatrixSaysOnEveryEndpoint() {
        Map<String, String> values = aCaseOfEachKindInSettingA();
        Map<String, Endpoint> caseEndpoints = CaseEndpoints.all().stream()
                .collect(Collectors.toMap(Endpoint::key, Function.identity()));
        List<Row> rows = AccessMatrix.rows();
        MatrixCalls call = new MatrixCalls(api, port);
        Map<String, Browser> browsers = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Row row : rows) {
            for (Map.Entry<String, String> role : PLAYERS.entrySet()) {
                String user = role.getValue();
                Map<String, String> mine = new HashMap<>(values);
                mine.put("notificationId", notificationOf(user));
                String actual;
                if (row.path().startsWith("/api/")) {
                    actual = call.callApi(user, row, mine, caseEndpoints.get(row.key()));
                } else {
                    Browser browser = browsers.computeIfAbsent(role.getKey(), r -> call.signedIn(user));
                    actual = MatrixCalls.callPage(browser, row, mine, user == null);
                }
                calls++;
                if (!actual.startsWith(row.expected().get(role.getKey()) + " ")) {
                    wrong.add(row.key() + " as " + role.getKey() + ": expected " + row.expected().get(role.getKey())
                            + ", got " + actual);
                }
            }
        }
        assertThat(wrong).as("answers that differ from %s", FILE).isEmpty();
        assertThat(calls).isEqualTo(rows.size() * PLAYERS.size());
    }

    // ---- the endpoints ----

    /** "METHOD pattern" of every handler Spring MVC maps, Spring's own left out. */
    private Set<String> mapped() {
        Set<String> found = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (NOT_OURS.stream().anyMatch(pattern::startsWith)) {
                    continue;
                }
                assertThat(info.getMethodsCondition().getMethods()).as("the HTTP methods of %s", pattern)
                        .isNotEmpty();
                info.getMethodsCondition().getMethods().forEach(m -> found.add(m.name() + " " + pattern));
            }
        }
        return found;
    }

    // ---- the objects in scope ----

    /**
     * An incident of setting A reported by the member of staff and worked on by its DSL, with a warning, a referral,
     * and the HR case and complaint opened from it; the values of every path variable of the matrix.
     */
    private Map<String, String> aCaseOfEachKindInSettingA() {
        Map<String, Object> body = new LinkedHashMap<>(caseBody());
        body.put("category", "STAFF_MISUSE");
        body.put("people", List.of(Map.of("name", "Pupil One", "role", "PUPIL", "involvement", "TARGET"),
                Map.of("name", "Sam Teacher", "role", "STAFF", "involvement", "SUBJECT")));
        String incident = cases.logCase(STAFF_A, body);
        JsonNode fresh = cases.awaitVersion(DSL_A, incident, 0);
        String pupil = fresh.path("people").get(0).path("personId").asText();
        String teacher = fresh.path("people").get(1).path("personId").asText();
        String base = "/api/incidents/" + incident;
        assertThat(api.post(DSL_A, base + "/triage", Map.of("severity", "MEDIUM", "reason", "r")).status()).isEqualTo(204);
        String warning = created(api.post(DSL_A, base + "/warnings", Map.of("personId", teacher, "kind", "VERBAL",
                "channel", "MEETING", "text", "Please take it down")), "warningId");
        String referral = created(api.post(DSL_A, base + "/referrals", Map.of("agency", "LADO", "reason", "r")), "id");
        String hrCase = created(api.post(DSL_A, base + "/disciplinary-referral", Map.of("personId", teacher,
                "teacher", true, "concernsHarmToChildren", false, "allegation", "Posted about a colleague")), "id");
        String complaint = created(api.post(DSL_A, base + "/complaint-referral", Map.of("channel", "EMAIL",
                "complainant", "A parent", "summary", "About the post")), "id");
        cases.awaitGet(HR, "/api/disciplinary-cases/" + hrCase, r -> r.status() == 200, "the HR case");
        cases.awaitGet(DSL_A, "/api/complaints/" + complaint, r -> r.status() == 200, "the complaint");
        cases.awaitVersion(DSL_A, incident, 5);
        for (String user : PLAYERS.values()) {
            if (user != null) { // one notification of their own each: the one they mark read
                mongo.getCollection("notifications").insertOne(new Document("_id", notificationOf(user))
                        .append("recipient", user).append("kind", "IMMEDIATE_RISK").append("caseType", "INCIDENT")
                        .append("caseId", incident).append("createdAt", new Date()).append("readAt", null)
                        .append("text", "A case needs you"));
            }
        }
        Map<String, String> values = new HashMap<>();
        values.put("id", incident); // replaced per case kind in callApi
        values.put("incident", incident);
        values.put("disciplinary", hrCase);
        values.put("complaint", complaint);
        // the pupil, not the teacher: linking the teacher (a subject) to a user would hide the case from them
        values.put("personId", pupil);
        values.put("warningId", warning);
        values.put("evidenceId", aScreenshotTheReporterAdded(base));
        values.put("bundleId", created(api.post(DSL_A, base + "/bundles", Map.of("recipient", "The LADO",
                "redactThirdParties", false)), "bundleId")); // decision 0054
        values.put("referralId", referral);
        values.put("name", "incidents"); // a processor that can be rebuilt
        values.put("username", DEPUTY_A);
        values.put("settingId", SETTING_A);
        values.put("hrLetter", "investigation-meeting-invitation"); // a letter every case can send (decision 0049)
        values.put("complaintLetter", "complaint-acknowledgement");
        values.put("template", "letterhead");
        values.put("grantId", aRoleGrantWaitingForTheHeadteacherOfSettingA());
        values.put("publicationId", theLastQuarterOfSettingAPublished());
        values.put("consentId", anImageConsentEntryInSettingA());
        values.put("officialAccount", anOfficialAccountOfSettingA());
        values.put("policyId", aPolicyOfSettingAAskingEveryStaffRole());
        values.put("trainingId", created(api.post(STAFF_A, "/api/policies/training", Map.of("course",
                "Online safety", "completedOn", java.time.LocalDate.now().minusDays(1).toString())), "id"));
        values.put("declaration", created(api.post(STAFF_A, "/api/declarations", Map.of("kind", "CONTACT",
                "contactFrom", "PUPIL", "contactName", "Pupil One", "contactKind", "MESSAGE", "platform", "INSTAGRAM",
                "contactOn", "2026-01-05", "response", "Did not reply.")), "id")); // issue 18: a contact declaration
        values.put("lowLevelConcerns", aLowLevelConcernInSettingA());
        values.put("subjectAccess", aReleasedSubjectAccessRequestOf(pupil));
        values.put("transfer", aTransferOutOfSettingA());
        return values;
    }

    /** Issue 20: another pupil's case of setting A, transferred by its DSL to a school outside Tidemark. */
    private String aTransferOutOfSettingA() {
        Map<String, Object> body = new LinkedHashMap<>(caseBody());
        body.put("people", List.of(Map.of("name", "Moving Pupil", "role", "PUPIL", "involvement", "TARGET")));
        String incident = cases.logCase(DSL_A, body);
        String pupil = cases.awaitVersion(DSL_A, incident, 0).path("people").get(0).path("personId").asText();
        return created(api.post(DSL_A, "/api/people/" + pupil + "/transfers", Map.of("toSchool", "Oak Lane Primary",
                "startDate", java.time.LocalDate.now().toString())), "id");
    }

    /** Issue 19: a subject access request of setting A for the pupil, reviewed and released by its DSL. */
    private String aReleasedSubjectAccessRequestOf(String pupil) {
        String id = created(api.post(DSL_A, "/api/subject-access-requests", Map.of("personId", pupil,
                "receivedOn", java.time.LocalDate.now().toString(), "requester", "A parent")), "id"); // due ahead
        String path = "/api/subject-access-requests/" + id;
        assertThat(api.post(DSL_A, path + "/review", Map.of()).status()).isEqualTo(204);
        cases.awaitGet(DSL_A, path, r -> r.json().path("state").asText().equals("IN_REVIEW"), "the review");
        assertThat(api.post(DSL_A, path + "/release", Map.of()).status()).isEqualTo(200);
        return id;
    }

    /** A pupil of setting A's roster on its image consent register, put there by its DSL (issue 18). */
    private String anImageConsentEntryInSettingA() {
        Reply imported = api.upload(ADMIN, "/api/admin/settings/" + SETTING_A + "/roster", new Multipart().file("file",
                "export.csv", "text/csv", "UPN,Name,Role\nMX1,Matrix Pupil,Pupil\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                null);
        assertThat(imported.status()).as("%s", imported).isEqualTo(200);
        String pupil = cases.awaitGet(DSL_A, "/api/roster?q=matrix%20pupil", r -> r.status() == 200
                && r.json().size() == 1, "the matrix pupil").get(0).path("personId").asText();
        return created(api.post(DSL_A, "/api/registers/image-consent", Map.of("personId", pupil, "allowed", "NONE",
                "source", "ENROLMENT_FORM")), "id");
    }

    /** An official account of setting A asked for and led by its member of staff, approved by its headteacher. */
    private String anOfficialAccountOfSettingA() {
        String id = created(api.post(STAFF_A, "/api/registers/official-accounts", Map.of("platform", "FACEBOOK",
                "handle", "Matrix School", "address", "https://facebook.com/matrixschool", "purpose", "News",
                "audience", "Parents", "leadUsername", STAFF_A)), "id");
        cases.awaitGet(DSL_A, "/api/registers/official-accounts/" + id, r -> r.status() == 200, "the account");
        assertThat(api.post(HEAD_A, "/api/registers/official-accounts/" + id + "/approval", Map.of()).status())
                .isEqualTo(204);
        cases.awaitGet(DSL_A, "/api/registers/official-accounts/" + id,
                r -> r.json().path("status").asText().equals("ACTIVE"), "the approved account");
        return id;
    }

    /** A policy its headteacher published in setting A, asking every staff role (issue 18). */
    private String aPolicyOfSettingAAskingEveryStaffRole() {
        Reply published = api.post(HEAD_A, "/api/policies", Map.of("title", "Social media policy", "text",
                "Read this.", "effectiveFrom", "2026-09-01", "roles",
                List.of("STAFF", "DSL", "DEPUTY_DSL", "HR", "HEADTEACHER")));
        assertThat(published.status()).as("%s", published).isEqualTo(201);
        return published.json().path("ids").get(0).asText();
    }

    /** Issue 18: a low-level concern about a member of staff of setting A with no account, seen by HR. */
    private String aLowLevelConcernInSettingA() {
        Map<String, Object> body = new LinkedHashMap<>(caseBody());
        body.put("category", "STAFF_MISUSE");
        body.put("people", List.of(Map.of("name", "Lee Colleague", "role", "STAFF", "involvement", "SUBJECT")));
        String incident = cases.logCase(DSL_A, body);
        cases.awaitVersion(DSL_A, incident, 0);
        assertThat(api.post(DSL_A, "/api/incidents/" + incident + "/triage", Map.of("severity", "LOW", "reason", "r",
                "allegationRoute", "LOW_LEVEL_CONCERN")).status()).isEqualTo(204);
        String id = uk.tidemark.kernel.lowlevel.LowLevelConcernsId.of(SETTING_A, null, "Lee Colleague").value();
        cases.awaitGet(HR, "/api/low-level-concerns/" + id, r -> r.status() == 200, "the low-level concerns");
        return id;
    }

    /** The report of setting A for the last quarter that has ended, published by its DSL (issue 17). */
    private String theLastQuarterOfSettingAPublished() {
        Quarter last = Quarter.containing(Instant.now()).previous();
        return created(api.post(DSL_A, "/api/reports/quarterly/publications", Map.of("year", last.year(),
                "quarter", last.quarter(), "narrative", "A quiet quarter.")), "id");
    }

    /** The reporter's own screenshot on their report (they, and the case's leads, may read it back). */
    private String aScreenshotTheReporterAdded(String base) {
        Reply added = api.upload(STAFF_A, base + "/evidence", new Multipart().file("file", "screenshot.png",
                "image/png", EvidencePictures.pngWithCanary(60, 40, "matrix")), null);
        assertThat(added.status()).as("%s", added).isEqualTo(201);
        return added.json().path("evidenceId").asText();
    }

    /** A DSL role the administrator gave in setting A: it waits for setting A's headteacher (decision 0026). */
    private String aRoleGrantWaitingForTheHeadteacherOfSettingA() {
        Reply created = api.post(ADMIN, "/api/admin/users", Map.of("username", "matrix.dsl", "displayName", "Matrix Dee",
                "password", "a typed password 1", "roles", List.of("DSL"), "settingIds", List.of(SETTING_A)));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode waiting = api.get(HEAD_A, "/api/role-grants").json();
        assertThat(waiting).as("the headteacher's role changes").hasSize(1);
        return waiting.get(0).path("grantId").asText();
    }

    private static String notificationOf(String user) {
        return "matrix-" + (user == null ? "nobody" : user);
    }

    private static String created(Reply reply, String field) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json().path(field).asText();
    }
}
