package uk.tidemark.app.access;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.account.Setting;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.web.TestClock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Conflict of interest over HTTP: a user linked to a SUBJECT of a case, when it is logged or later, does not see it
 * anywhere (list, count, page, chronology, deadlines, home page, notifications, the HR case and complaint opened
 * from it), cannot act on it (the unknown id's 404), and cannot own it (409); what would go to them goes to the
 * headteacher.
 */
@RunningApp
@TestPropertySource(properties = "db-scheduler.polling-interval=200ms")
class ConflictOfInterestTest {

    /** A user of another trust: never a username a case of this trust can be linked to. */
    static final String OTHER_TRUST_USER = "dsl-elsewhere";

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @LocalServerPort
    int port;
    @Autowired
    AccountStore accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void anotherTrust() {
        if (accounts.exists(OTHER_TRUST_USER)) {
            return;
        }
        accounts.createTrust("trust-2", "Other Trust");
        accounts.createSetting(new Setting("setting-c", "trust-2", "Cedar School"));
        accounts.createUser(OTHER_TRUST_USER, "Else Where", encoder.encode(PASSWORD), EnumSet.of(Role.DSL), "trust-2",
                false, Set.of("setting-c"));
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void aSubjectNamedWhenTheCaseIsLoggedNeverSeesItAndIsNeverToldOfIt() {
        long before = api.get(DEPUTY_A, "/api/incidents?size=100").json().path("total").asLong();
        Map<String, Object> body = aboutTheDeputy();
        body.put("immediateRisk", true);
        String id = cases.logCase(STAFF_A, body);
        JsonNode full = cases.awaitVersion(DSL_A, id, 0);
        assertThat(full.path("people").get(1).path("username").asText()).isEqualTo(DEPUTY_A);
        assertThat(full.path("people").get(0).path("username").isNull()).isTrue();

        JsonNode unknown = assertProblem(api.get(DEPUTY_A, "/api/incidents/" + UUID.randomUUID()), 404);
        assertSame404(unknown, api.get(DEPUTY_A, "/api/incidents/" + id));
        assertSame404(unknown, api.get(DEPUTY_A, "/api/incidents/" + id + "/chronology"));
        assertSame404(unknown, api.post(DEPUTY_A, "/api/incidents/" + id + "/notes", Map.of("text", "Mine")));
        JsonNode list = api.get(DEPUTY_A, "/api/incidents?size=100").json();
        assertThat(ids(list)).doesNotContain(id);
        assertThat(list.path("total").asLong()).as("the deputy's count").isEqualTo(before);
        assertThat(api.get(DSL_A, "/api/incidents?size=100").raw().body()).contains(id);

        // its first response is on the board of the other leads, never on the subject's
        cases.awaitDeadline(DSL_A, id, "FIRST_RESPONSE", "PENDING");
        assertThat(api.get(DEPUTY_A, "/api/deadlines?caseId=" + id).json()).isEmpty();
        assertThat(api.get(DEPUTY_A, "/api/deadlines").raw().body()).doesNotContain(id);

        // the immediate-risk alert goes to the setting's other leads, and to the headteacher in the subject's place
        for (String told : List.of(DSL_A, DSL_AB, HEAD_A)) {
            cases.awaitGet(told, "/api/notifications?size=100", r -> r.raw().body().contains(id), "alert to " + told);
        }
        assertThat(api.get(DEPUTY_A, "/api/notifications?size=100").raw().body()).doesNotContain(id);

        // the reporter still follows their report
        assertThat(api.get(STAFF_A, "/api/incidents/" + id).json().path("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void aUserLinkedLaterLosesSightOfTheCaseAtOnceAndWhatWasTheirsGoesToTheHeadteacher() {
        JsonNode fresh = cases.logAndAwait(staffSubjectCase());
        String id = fresh.path("id").asText();
        String staff = fresh.path("people").get(1).path("personId").asText();
        assertThat(api.post(DSL_A, "/api/incidents/" + id + "/triage", Map.of("severity", "HIGH",
                "reason", "Allegation against a member of staff", "ownerId", DEPUTY_A,
                "allegationRoute", "HARM_THRESHOLD")).status()).isEqualTo(204);
        JsonNode lado = cases.awaitDeadline(DSL_A, id, "LADO_REFERRAL", "PENDING");
        assertThat(lado.path("ownerId").asText()).isEqualTo(DEPUTY_A);
        assertThat(api.get(DEPUTY_A, "/api/incidents/" + id).status()).isEqualTo(200);

        long version = cases.storedVersion(id);
        Reply linked = api.post(DSL_A, "/api/incidents/" + id + "/people/" + staff + "/user", Map.of("username", DEPUTY_A));
        assertThat(linked.status()).as("%s", linked).isEqualTo(204);
        assertThat(cases.storedVersion(id)).isEqualTo(version + 1);
        cases.awaitVersion(DSL_A, id, version + 1);

        // gone for the deputy, reads and actions alike; the aggregate's own refusal answers the same 404
        JsonNode unknown = assertProblem(api.get(DEPUTY_A, "/api/incidents/" + UUID.randomUUID()), 404);
        assertSame404(unknown, api.get(DEPUTY_A, "/api/incidents/" + id));
        assertSame404(unknown, api.post(DEPUTY_A, "/api/incidents/" + id + "/notes", Map.of("text", "Still mine")));
        assertThat(ids(api.get(DEPUTY_A, "/api/incidents?size=100").json())).doesNotContain(id);
        assertThat(api.get(DEPUTY_A, "/api/deadlines").raw().body()).doesNotContain(id);

        // nobody can give the case back to a subject
        JsonNode refused = assertProblem(api.post(HEAD_A, "/api/incidents/" + id + "/assign",
                Map.of("ownerId", DEPUTY_A, "reason", "Back to the deputy")), 409);
        assertThat(refused.path("detail").asText()).isEqualTo("The user deputy-a is a subject of this case and "
                + "cannot own it; give it to the headteacher or another safeguarding lead.");
        assertProblem(api.post(DSL_A, "/api/incidents/" + id + "/triage", Map.of("severity", "HIGH", "reason", "r",
                "ownerId", DEPUTY_A)), 409);
        assertThat(cases.storedVersion(id)).isEqualTo(version + 1);
        JsonNode chronology = cases.awaitChronology(DSL_A, id, 3);
        assertThat(chronology.toString()).contains("identified as the user " + DEPUTY_A);

        // the LADO referral it still owns on record is missed: the headteacher is told, the deputy is not
        Instant due = Instant.parse(lado.path("dueAt").asText());
        assertThat(TestClock.advanceTo(due.plus(Duration.ofHours(1)), jdbc)).isPositive();
        cases.awaitDeadline(DSL_A, id, "LADO_REFERRAL", "MISSED", Duration.ofSeconds(10));
        cases.awaitGet(HEAD_A, "/api/notifications?size=100", r -> inbox(r, id).stream()
                .anyMatch(n -> n.path("kind").asText().equals("DEADLINE_MISSED")), "the head told of the miss");
        assertThat(api.get(DEPUTY_A, "/api/notifications?size=100").raw().body()).doesNotContain(id);
        // nor is it among what needs attention on the deputy's home page, as it is on the head's
        assertThat(homePage(HEAD_A)).contains("Needs attention", "/cases/" + id);
        assertThat(homePage(DEPUTY_A)).contains("Needs attention").doesNotContain(id);

        // the headteacher, or another lead, takes the case on
        assertThat(api.post(HEAD_A, "/api/incidents/" + id + "/assign", Map.of("ownerId", HEAD_A)).status())
                .isEqualTo(204);
    }

    @Test
    void anHrCaseAndAComplaintOpenedFromTheCaseAreHiddenFromItsSubjectToo() {
        Map<String, Object> body = staffSubjectCase();
        body.put("people", List.of(Map.of("name", "Pupil One", "role", "PUPIL", "involvement", "TARGET"),
                Map.of("name", "Hed Teach", "role", "STAFF", "involvement", "SUBJECT", "username", HEAD_A)));
        JsonNode fresh = cases.logAndAwait(body);
        String id = fresh.path("id").asText();
        String head = fresh.path("people").get(1).path("personId").asText();
        assertThat(api.post(DSL_A, "/api/incidents/" + id + "/triage", Map.of("severity", "HIGH", "reason", "r")).status())
                .isEqualTo(204);
        String hrCase = api.post(DSL_A, "/api/incidents/" + id + "/disciplinary-referral", Map.of("personId", head,
                "teacher", true, "concernsHarmToChildren", false, "allegation", "Posted about a colleague"))
                .json().path("id").asText();
        String complaint = api.post(DSL_A, "/api/incidents/" + id + "/complaint-referral", Map.of("channel", "EMAIL",
                "complainant", "A parent", "summary", "About the head's post")).json().path("id").asText();
        cases.awaitGet(HR, "/api/disciplinary-cases/" + hrCase, r -> r.status() == 200, "the HR case");
        cases.awaitGet(DSL_A, "/api/complaints/" + complaint, r -> r.status() == 200, "the complaint");

        // the head runs HR cases and handles complaints of setting A, but not these
        JsonNode unknownHr = assertProblem(api.get(HEAD_A, "/api/disciplinary-cases/" + UUID.randomUUID()), 404);
        assertSame404(unknownHr, api.get(HEAD_A, "/api/disciplinary-cases/" + hrCase));
        assertSame404(unknownHr, api.post(HEAD_A, "/api/disciplinary-cases/" + hrCase + "/investigator",
                Map.of("investigator", "Themselves")));
        assertThat(api.get(HEAD_A, "/api/disciplinary-cases").raw().body()).doesNotContain(hrCase);
        assertThat(api.get(HEAD_A, "/api/hr-register").raw().body()).doesNotContain(hrCase);
        assertThat(api.get(HR, "/api/hr-register").raw().body()).contains(hrCase);
        JsonNode unknownComplaint = assertProblem(api.get(HEAD_A, "/api/complaints/" + UUID.randomUUID()), 404);
        assertSame404(unknownComplaint, api.get(HEAD_A, "/api/complaints/" + complaint));
        assertSame404(unknownComplaint, api.post(HEAD_A, "/api/complaints/" + complaint + "/acknowledgement", Map.of()));
        assertThat(api.get(HEAD_A, "/api/complaints").raw().body()).doesNotContain(complaint);
        assertThat(api.get(DSL_A, "/api/complaints").raw().body()).contains(complaint);
        cases.awaitDeadline(DSL_A, complaint, "COMPLAINT_ACKNOWLEDGEMENT", "PENDING");
        assertThat(api.get(HEAD_A, "/api/deadlines").raw().body()).doesNotContain(complaint).doesNotContain(id);
        // the DSL still sees the HR case's stage on the incident, nothing more
        JsonNode linked = api.get(DSL_A, "/api/incidents/" + id).json().path("disciplinaryCases").get(0);
        assertThat(linked.path("caseId").asText()).isEqualTo(hrCase);
    }

    @Test
    void anHrCaseOpenedDirectlyAboutTheHeadteachersAccountIsHiddenFromThemFromTheFirstMoment() {
        long events = cases.storedEventCount();
        Map<String, Object> body = new LinkedHashMap<>(Map.of("settingId", "setting-a", "employeeName", "Hed Teach",
                "teacher", true, "concernsHarmToChildren", false, "allegation", "Posted about a parent"));
        body.put("employeeUsername", HR);
        assertThat(fields(assertProblem(api.post(HR, "/api/disciplinary-cases", body), 400)))
                .containsExactly("employeeUsername");
        for (String stranger : List.of(OTHER_TRUST_USER, "nobody-of-that-name")) {
            body.put("employeeUsername", stranger);
            assertThat(fields(assertProblem(api.post(HR, "/api/disciplinary-cases", body), 400)))
                    .containsExactly("employeeUsername");
        }
        assertThat(cases.storedEventCount()).isEqualTo(events);

        body.put("employeeUsername", HEAD_A);
        Reply opened = api.post(HR, "/api/disciplinary-cases", body);
        assertThat(opened.status()).as("%s", opened).isEqualTo(201);
        String hrCase = opened.json().path("id").asText();
        // at once, before any read model has the case: the gate reads the employee from the case's first event
        JsonNode unknown = assertProblem(api.get(HEAD_A, "/api/disciplinary-cases/" + UUID.randomUUID()), 404);
        assertSame404(unknown, api.get(HEAD_A, "/api/disciplinary-cases/" + hrCase));
        assertSame404(unknown, api.post(HEAD_A, "/api/disciplinary-cases/" + hrCase + "/investigator",
                Map.of("investigator", "A friend")));
        cases.awaitGet(HR, "/api/disciplinary-cases/" + hrCase, r -> r.status() == 200, "the HR case");
        assertThat(api.post(HR, "/api/disciplinary-cases/" + hrCase + "/investigator",
                Map.of("investigator", "Ivy Investigator")).status()).isEqualTo(204);
        assertThat(api.get(HEAD_A, "/api/disciplinary-cases").raw().body()).doesNotContain(hrCase);
        assertThat(api.get(HEAD_A, "/api/hr-register").raw().body()).doesNotContain(hrCase);
        assertThat(api.get(HR, "/api/hr-register").raw().body()).contains(hrCase);
        cases.awaitGet(ADMIN, "/api/audit?caseId=" + hrCase, r -> r.json().path("total").asLong() > 0,
                "audit entries of " + hrCase);
        assertThat(api.get(HEAD_A, "/api/audit?caseId=" + hrCase).json().path("total").asLong()).isZero();
        assertThat(api.get(HEAD_A, "/api/deadlines").raw().body()).doesNotContain(hrCase);
        // the head's refusals are in the trail as denials, which only others may read
        cases.awaitGet(ADMIN, "/api/audit?caseId=" + hrCase + "&size=100", r -> r.json().path("items")
                .findValuesAsText("kind").contains("ACCESS_DENIED"), "the head's denials");
    }

    @Test
    void theAuditTrailHidesFromASubjectTheEntriesOfTheirCaseAndOfTheCasesOpenedFromIt() {
        Map<String, Object> body = staffSubjectCase();
        body.put("people", List.of(Map.of("name", "Pupil One", "role", "PUPIL", "involvement", "TARGET"),
                Map.of("name", "Hed Teach", "role", "STAFF", "involvement", "SUBJECT", "username", HEAD_A)));
        JsonNode fresh = cases.logAndAwait(body);
        String id = fresh.path("id").asText();
        String head = fresh.path("people").get(1).path("personId").asText();
        assertThat(api.post(DSL_A, "/api/incidents/" + id + "/triage", Map.of("severity", "HIGH", "reason", "r")).status())
                .isEqualTo(204);
        String hrCase = api.post(DSL_A, "/api/incidents/" + id + "/disciplinary-referral", Map.of("personId", head,
                "teacher", true, "concernsHarmToChildren", false, "allegation", "Posted about a colleague"))
                .json().path("id").asText();
        String complaint = api.post(DSL_A, "/api/incidents/" + id + "/complaint-referral", Map.of("channel", "EMAIL",
                "complainant", "A parent", "summary", "About the head's post")).json().path("id").asText();
        cases.awaitGet(HR, "/api/disciplinary-cases/" + hrCase, r -> r.status() == 200, "the HR case");
        cases.awaitGet(DSL_A, "/api/complaints/" + complaint, r -> r.status() == 200, "the complaint");
        // the trail has them: the DSL sees the incident's and the complaint's entries, an administrator all three
        for (String caseId : List.of(id, complaint)) {
            cases.awaitGet(DSL_A, "/api/audit?caseId=" + caseId, r -> r.json().path("total").asLong() > 0,
                    "audit entries of " + caseId);
        }
        cases.awaitGet(ADMIN, "/api/audit?caseId=" + hrCase, r -> r.json().path("total").asLong() > 0,
                "audit entries of " + hrCase);
        // the head, who may read the trail of setting A's cases and HR cases, sees none of the three
        for (String caseId : List.of(id, hrCase, complaint)) {
            assertThat(api.get(HEAD_A, "/api/audit?caseId=" + caseId).json().path("total").asLong()).as(caseId).isZero();
        }
        JsonNode all = api.get(HEAD_A, "/api/audit?size=100").json();
        assertThat(all.path("items").findValuesAsText("caseId")).doesNotContain(id, hrCase, complaint);
        // but still their own sign-ins and the other cases of the setting
        String other = cases.logAndAwait(caseBody()).path("id").asText();
        cases.awaitGet(HEAD_A, "/api/audit?caseId=" + other, r -> r.json().path("total").asLong() > 0,
                "the head's view of another case's entries");
        assertThat(api.get(HEAD_A, "/api/audit?actor=" + HEAD_A + "&size=100").json().path("items")
                .findValuesAsText("kind")).contains("SIGN_IN");
    }

    @Test
    void aPersonIsLinkedOnlyToAUserOfTheCasesTrustAndOnlyOnce() {
        JsonNode fresh = cases.logAndAwait(staffSubjectCase());
        String id = fresh.path("id").asText();
        String staff = fresh.path("people").get(1).path("personId").asText();
        String path = "/api/incidents/" + id + "/people/" + staff + "/user";
        long version = cases.storedVersion(id);

        for (String stranger : List.of(OTHER_TRUST_USER, "nobody-of-that-name")) {
            JsonNode bad = assertProblem(api.post(DSL_A, path, Map.of("username", stranger)), 400);
            assertThat(fields(bad)).containsExactly("username");
        }
        assertThat(fields(assertProblem(api.post(DSL_A, path, Map.of("username", " ")), 400))).containsExactly("username");
        assertThat(fields(assertProblem(api.post(DSL_A, path, Map.of("username", DEPUTY_A, "involvement", "WITNESS")),
                400))).containsExactly("involvement");
        assertProblem(api.post(DSL_A, "/api/incidents/" + id + "/people/" + UUID.randomUUID() + "/user",
                Map.of("username", DEPUTY_A)), 409);
        assertThat(cases.storedVersion(id)).isEqualTo(version);

        assertThat(api.post(DSL_A, path, Map.of("username", HEAD_A)).status()).isEqualTo(204);
        JsonNode again = assertProblem(api.post(DSL_A, path, Map.of("username", DEPUTY_A)), 409);
        assertThat(again.path("detail").asText()).isEqualTo("This person is already linked to the user head-a.");
        // the reporter cannot link, and a user of another trust cannot even find the case
        assertProblem(api.post(STAFF_A, path, Map.of("username", DEPUTY_A)), 404);
        assertProblem(api.post(OTHER_TRUST_USER, path, Map.of("username", DEPUTY_A)), 404);
        assertThat(cases.storedVersion(id)).isEqualTo(version + 1);
    }

    @Test
    void loggingRefusesAUsernameOutsideTheTrustAndNamesThePerson() {
        long events = cases.storedEventCount();
        Map<String, Object> body = caseBody();
        body.put("people", List.of(Map.of("name", "Pupil One", "role", "PUPIL", "involvement", "TARGET"),
                Map.of("name", "Else Where", "role", "STAFF", "involvement", "SUBJECT", "username", OTHER_TRUST_USER),
                Map.of("name", "No One", "role", "STAFF", "involvement", "WITNESS", "username", "no-such-user")));
        JsonNode bad = assertProblem(api.post(STAFF_A, "/api/incidents", body), 400);
        assertThat(fields(bad)).containsExactly("people[1].username", "people[2].username");
        assertThat(cases.storedEventCount()).isEqualTo(events);
    }

    // ---- helpers ----

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    /** The page a browser lands on after signing in with the form. */
    private String homePage(String user) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        try {
            HttpResponse<String> form = browser.send(HttpRequest.newBuilder(uri("/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(form.body());
            assertThat(m.find()).isTrue();
            String body = "username=" + user + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                    + "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> home = browser.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(home.uri().getPath()).isEqualTo("/");
            return home.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A concern about the deputy DSL, reported by a member of staff. */
    private static Map<String, Object> aboutTheDeputy() {
        Map<String, Object> body = new LinkedHashMap<>(caseBody());
        body.put("category", "STAFF_MISUSE");
        body.put("people", List.of(Map.of("name", "Pupil One", "role", "PUPIL", "involvement", "TARGET"),
                Map.of("name", "Dep Uty", "role", "STAFF", "involvement", "SUBJECT", "username", DEPUTY_A)));
        return body;
    }

    /** A member of staff not yet known to be a user, as the subject. */
    private static Map<String, Object> staffSubjectCase() {
        Map<String, Object> body = new LinkedHashMap<>(caseBody());
        body.put("category", "STAFF_MISUSE");
        body.put("people", List.of(Map.of("name", "Pupil One", "role", "PUPIL", "involvement", "TARGET"),
                Map.of("name", "A Colleague", "role", "STAFF", "involvement", "SUBJECT")));
        return body;
    }

    private static List<JsonNode> inbox(Reply reply, String caseId) {
        return StreamSupport.stream(reply.json().spliterator(), false)
                .filter(n -> caseId.equals(n.path("caseId").asText())).toList();
    }

    private static void assertSame404(JsonNode reference, Reply reply) {
        JsonNode problem = assertProblem(reply, 404);
        assertThat(problem.path("detail").asText()).isEqualTo(reference.path("detail").asText());
        assertThat(problem.path("title").asText()).isEqualTo(reference.path("title").asText());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }
}
