package uk.tidemark.app.web;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.CaseFixture.sleep;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * No personal data in the logs: the end-to-end stories (a staff allegation through triage, a warning, a LADO
 * referral and the HR case; a complaint through its stages) run with canary text in every free-text field, every
 * name, display name and e-mail address, with wrong passwords, sign-ins, a 400, a 409 and a cross-setting 404 along
 * the way. Everything logged meanwhile, by the application's loggers (at DEBUG) and on stdout and stderr, must hold
 * none of the canaries, no password, no session id and no Basic credentials. E-mail goes to a port where nothing
 * listens, so the mail failure path is logged too.
 */
@RunningApp
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {
        "logging.level.uk.tidemark=DEBUG",
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=9"})
class CanaryLogTest {

    private static final String CANARY_USER = "canary-dsl";

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

    private final Set<String> canaries = new LinkedHashSet<>();
    private final Set<String> secrets = new LinkedHashSet<>();
    private final ConcurrentLinkedQueue<String> logged = new ConcurrentLinkedQueue<>();
    private final AppenderBase<ILoggingEvent> capture = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
            event.getMDCPropertyMap().forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
            if (event.getThrowableProxy() != null) {
                line.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
            logged.add(line.toString());
        }
    };
    /** Every reply the API client gets: the session ids it hands out are secrets too. */
    private final Consumer<Reply> replies = this::remember;
    private int serial;

    @BeforeEach
    void listen() {
        capture.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        capture.start();
        root().addAppender(capture);
        api.listen(replies);
    }

    @AfterEach
    void stopListening() {
        api.stopListening(replies);
        root().detachAppender(capture);
        capture.stop();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    /** A unique marker, remembered so the logs can be searched for it. */
    private String canary(String what) {
        String c = "Quillory" + what + "Zx" + (++serial);
        canaries.add(c);
        return c;
    }

    @Test
    void theStoriesLeaveNoPersonalDataPasswordOrSessionInTheLogs(CapturedOutput output) {
        secrets.add(PASSWORD);
        secrets.add(basic(DSL_A, PASSWORD));
        secrets.add(basic(STAFF_A, PASSWORD));
        secrets.add(basic(HR, PASSWORD));
        // people with accounts: canary display names and e-mail addresses
        accounts.createUser(CANARY_USER, canary("DisplayName") + " " + canary("Surname"), encoder.encode(PASSWORD),
                EnumSet.of(Role.DSL), "trust-1", false, Set.of(SETTING_A), canary("mail") + "@mail.example.org");
        for (String user : List.of(DSL_A, DEPUTY_A, HR, HEAD_A)) {
            accounts.setEmail(user, canary("address") + "@mail.example.org");
        }

        signIns();
        String incident = staffAllegation();
        complaint();
        // reads of every kind, and a page of the audit trail
        api.get(CANARY_USER, "/api/incidents/" + incident + "/chronology");
        api.get(DSL_A, "/api/incidents?q=" + canary("Search"));
        api.get(HEAD_A, "/api/audit?caseId=" + incident);
        api.get(DSL_A, "/api/notifications");
        sleep(500); // let the notifier and the mailer finish with the last events

        List<String> all = new ArrayList<>(logged);
        all.add(output.getAll());
        String text = String.join("\n", all);
        assertThat(text).as("something was logged").isNotBlank();
        checkFormat(output.getAll());
        for (String secret : secrets) {
            assertThat(text).as("the logs hold a secret").doesNotContain(secret);
        }
        List<String> leaked = canaries.stream().filter(text::contains).toList();
        assertThat(leaked).as("canaries in the logs:\n%s", all.stream()
                .filter(l -> leaked.stream().anyMatch(l::contains)).toList()).isEmpty();
        assertThat(secrets.stream().filter(s -> s.length() > 20).count()).as("session ids seen").isPositive();
    }

    /** What the console output must look like besides holding no canary: text lines here; JSON in the JSON variant. */
    void checkFormat(String consoleOutput) {
        assertThat(consoleOutput).as("Spring Boot's text lines").containsPattern("(?m)^\\d{4}-\\d{2}-\\d{2}T");
    }

    private void signIns() {
        String base = "http://localhost:" + port;
        Browser wrong = new Browser(base);
        wrong.signIn(DSL_A, canary("WrongPassword"));
        wrong.signIn(canary("TypedUsername"), PASSWORD);
        remember(wrong);
        assertThat(new Browser(base).getWithBasic("/api/incidents", DSL_A, canary("WrongBasic")).statusCode())
                .isEqualTo(401);
        Browser form = new Browser(base);
        assertThat(Browser.location(form.signIn(CANARY_USER, PASSWORD))).isEqualTo("/");
        remember(form);
        Browser api = new Browser(base);
        assertThat(api.getWithBasic("/api/incidents", CANARY_USER, PASSWORD).statusCode()).isEqualTo(200);
        remember(api);
        assertThat(api.get("/api/incidents").statusCode()).isEqualTo(200);
    }

    private String staffAllegation() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", "INAPPROPRIATE_CONTACT");
        body.put("platform", "SNAPCHAT");
        body.put("occurredAt", Instant.now().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("summary", canary("Summary") + " messaged a pupil at night.");
        body.put("people", List.of(
                Map.of("name", canary("Staff") + " " + canary("Member"), "role", "STAFF", "involvement", "SUBJECT"),
                Map.of("name", canary("Deputy"), "role", "STAFF", "involvement", "SUBJECT", "username", DEPUTY_A),
                Map.of("name", canary("Pupil"), "role", "PUPIL", "involvement", "TARGET")));
        body.put("immediateRisk", true); // notifies the leads: the notifier and the failing mailer log too
        String incident = cases.logCase(STAFF_A, body);
        JsonNode logged = cases.awaitGet(CANARY_USER, "/api/incidents/" + incident, r -> r.status() == 200, "the case");
        String staffId = personWith(logged, "STAFF");
        String pupilId = personWith(logged, "PUPIL");
        String path = "/api/incidents/" + incident;

        // a 400 with canary text in a bad value and in an unknown property
        assertProblem(api.post(DSL_A, path + "/triage", Map.of("severity", canary("BadSeverity"),
                "reason", canary("BadReason"), canary("UnknownField"), canary("UnknownValue"))), 400);
        assertProblem(api.post(DSL_A, "/api/incidents", "{\"summary\": \"" + canary("Broken") + "\", "), 400);
        // a cross-setting 404, and HR's
        assertProblem(api.get(DSL_B, path), 404);
        assertProblem(api.get(HR, path), 404);
        // a subject of the case sees nothing of it
        assertProblem(api.get(DEPUTY_A, path), 404);

        ok(api.post(DSL_A, path + "/triage", Map.of("severity", "HIGH", "reason", canary("TriageReason"),
                "allegationRoute", "HARM_THRESHOLD")));
        // refused: the case cannot close before the LADO referral
        assertProblem(api.post(DSL_A, path + "/close", Map.of("outcome", "NO_FURTHER_ACTION",
                "rationale", canary("EarlyClose"))), 409);
        ok(api.post(CANARY_USER, path + "/notes", Map.of("text", canary("Note"))));
        ok(api.post(DSL_A, path + "/evidence", Map.of("description", canary("Evidence"),
                "sha256", "a".repeat(64), "capturedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())));
        Reply warning = api.post(DSL_A, path + "/warnings", Map.of("personId", staffId, "kind", "VERBAL",
                "channel", "MEETING", "text", canary("WarningText")));
        ok(warning);
        ok(api.post(DSL_A, path + "/warnings/" + warning.json().path("warningId").asText() + "/response",
                Map.of("response", "COMPLIED", "note", canary("WarningNote"))));
        Reply referral = api.post(DSL_A, path + "/referrals", Map.of("agency", "LADO",
                "reason", canary("ReferralReason"), "reference", canary("LadoRef")));
        ok(referral);
        ok(api.post(DSL_A, path + "/referrals/" + referral.json().path("id").asText() + "/acknowledgement",
                Map.of("reference", canary("AckRef"), "note", canary("AckNote"))));

        // the disciplinary referral: refused for a pupil, accepted for the member of staff
        assertProblem(api.post(DSL_A, path + "/disciplinary-referral", Map.of("personId", pupilId, "teacher", false,
                "concernsHarmToChildren", true, "allegation", canary("RefusedAllegation"))), 409);
        Reply hrReferral = api.post(DSL_A, path + "/disciplinary-referral", Map.of("personId", staffId,
                "teacher", false, "concernsHarmToChildren", true, "allegation", canary("Allegation")));
        ok(hrReferral);
        String hrCase = hrReferral.json().path("id").asText();
        cases.awaitGet(HR, "/api/disciplinary-cases/" + hrCase, r -> r.status() == 200, "the disciplinary case");
        hr(hrCase, "investigator", Map.of("investigator", canary("Investigator")));
        hr(hrCase, "findings", Map.of("findings", canary("Findings")));
        LocalDate hearingOn = LocalDate.now().plusDays(14);
        hr(hrCase, "hearing-invitation", Map.of("hearingOn", hearingOn.toString(), "rightToBeAccompaniedStated",
                true));
        TestClock.pretend(hearingOn.atTime(10, 0).atZone(WorkingCalendar.UK).toInstant()); // held on its date
        try {
            hr(hrCase, "hearing", Map.of("companion", canary("Companion")));
        } finally {
            TestClock.reset();
        }
        hr(hrCase, "outcome", Map.of("outcome", "FINAL_WRITTEN_WARNING", "reasons", canary("OutcomeReasons")));
        api.get(HR, "/api/hr-register");
        api.get(DSL_A, "/api/people/" + staffId + "/chronology");
        return incident;
    }

    private void complaint() {
        Map<String, Object> body = caseBody();
        body.put("category", "COMPLAINT_ON_SOCIAL_MEDIA");
        body.put("platform", "FACEBOOK");
        body.put("summary", canary("ComplaintIncident"));
        body.put("people", List.of(Map.of("name", canary("Parent"), "role", "PARENT_CARER", "involvement",
                "SUBJECT")));
        String incident = cases.logAndAwait(body).path("id").asText();
        String path = "/api/incidents/" + incident;
        ok(api.post(DSL_A, path + "/triage", Map.of("severity", "LOW", "reason", canary("ComplaintTriage"))));
        Reply redirected = api.post(DSL_A, path + "/complaint-referral", Map.of("channel", "SOCIAL_MEDIA",
                "complainant", canary("Complainant"), "summary", canary("ComplaintSummary")));
        ok(redirected);
        String complaint = redirected.json().path("id").asText();
        cases.awaitGet(DSL_A, "/api/complaints/" + complaint, r -> r.status() == 200, "the complaint");
        assertProblem(api.get(DSL_B, "/api/complaints/" + complaint), 404);
        ok(api.post(DSL_A, "/api/complaints/" + complaint + "/acknowledgement", null));
        assertProblem(api.post(DSL_A, "/api/complaints/" + complaint + "/panel-request",
                Map.of("reason", canary("EarlyPanel"))), 409);
        ok(api.post(DSL_A, "/api/complaints/" + complaint + "/formal-stage", Map.of("reason", canary("Formal"))));
        ok(api.post(DSL_A, "/api/complaints/" + complaint + "/formal-response", Map.of("findings",
                canary("ComplaintFindings"), "reasons", canary("ComplaintReasons"), "howToEscalate",
                canary("Escalate"))));
        ok(api.post(DSL_A, "/api/complaints/" + complaint + "/panel-request", Map.of("reason", canary("Panel"))));
        ok(api.post(DSL_A, "/api/complaints/" + complaint + "/panel-hearing", Map.of("heldOn",
                LocalDate.now().toString(), "panelMembers", List.of(canary("Governor"), canary("Governor")))));
        ok(api.post(DSL_A, "/api/complaints/" + complaint + "/panel-decision", Map.of("decision", "NOT_UPHELD",
                "reasons", canary("Decision"))));
        ok(api.post(DSL_A, "/api/complaints/" + complaint + "/close", Map.of("rationale", canary("ComplaintClose"))));
        Reply direct = api.post(DSL_A, "/api/complaints", Map.of("channel", "EMAIL", "complainant",
                canary("Grandparent"), "summary", canary("DirectComplaint")));
        ok(direct);
        assertProblem(api.post(DSL_A, "/api/complaints", Map.of("channel", canary("Pigeon"),
                "complainant", canary("BadComplainant"))), 400);
    }

    private void hr(String hrCase, String action, Map<String, Object> body) {
        Reply reply = api.post(HR, "/api/disciplinary-cases/" + hrCase + "/" + action, body);
        assertThat(reply.status()).as("%s: %s", action, reply).isEqualTo(204);
        remember(reply);
    }

    private void ok(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isBetween(200, 299);
        remember(reply);
    }

    /** The session ids the server handed out. */
    private void remember(Reply reply) {
        remember(reply.raw());
    }

    private void remember(HttpResponse<?> response) {
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            if (cookie.startsWith("JSESSIONID=")) {
                String value = cookie.substring("JSESSIONID=".length()).split(";", 2)[0];
                if (!value.isBlank()) {
                    secrets.add(value);
                }
            }
        }
    }

    private void remember(Browser browser) {
        String id = browser.sessionId();
        if (id != null) {
            secrets.add(id);
        }
    }

    private static String basic(String user, String password) {
        return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String personWith(JsonNode incident, String role) {
        for (JsonNode person : incident.path("people")) {
            if (person.path("role").asText().equals(role) && person.path("username").isMissingNode()
                    || person.path("role").asText().equals(role) && person.path("username").isNull()) {
                return person.path("personId").asText();
            }
        }
        throw new AssertionError("no " + role + " on " + incident);
    }
}
