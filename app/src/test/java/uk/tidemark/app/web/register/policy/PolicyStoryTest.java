package uk.tidemark.app.web.register.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.kagkarlsson.scheduler.Scheduler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.web.TestClock;
import uk.tidemark.command.deadline.WorkingCalendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Issue 18's policy story over HTTP: the headteacher of Alder School publishes a policy a month ago; half the staff
 * it asks acknowledge it; the deadline passes, and those who did not are missed deadlines the headteacher is told
 * of in the inbox; a new version asks everyone again.
 */
@RunningApp
@TestPropertySource(properties = "db-scheduler.polling-interval=200ms")
class PolicyStoryTest {

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    Scheduler scheduler;

    @Test
    void unacknowledgedPoliciesAreMissedAndANewVersionAsksAgain() {
        Instant then = Instant.now().minus(Duration.ofDays(30));
        LocalDate thenDay = LocalDate.ofInstant(then, WorkingCalendar.UK);
        Map<String, Object> publish = Map.of("title", "Social media policy", "text",
                "Staff must not befriend pupils.\nReport any contact to the DSL.", "effectiveFrom", thenDay.toString(),
                "roles", List.of("STAFF", "DSL", "DEPUTY_DSL"));
        // only the headteacher (or an administrator) publishes; a trustee has no business here
        assertProblem(api.post(DSL_A, "/api/policies", publish), 403);
        assertProblem(api.get(TRUSTEE, "/api/policies"), 403);

        String policy;
        List<String> asked;
        // the deadlines fall due in the real past: the scheduler waits until half have acknowledged
        scheduler.pause();
        TestClock.pretend(then);
        try {
            Reply published = api.post(HEAD_A, "/api/policies", publish);
            assertThat(published.status()).as("%s", published).isEqualTo(201);
            policy = published.json().path("ids").get(0).asText();
            JsonNode detail = api.get(HEAD_A, "/api/policies/" + policy).json();
            asked = new ArrayList<>();
            detail.path("waitingFor").forEach(w -> asked.add(w.path("username").asText()));
            assertThat(asked).contains(STAFF_A, DSL_A, DEPUTY_A).doesNotContain(HEAD_A, HR, DSL_B);
            assertThat(detail.path("summary").path("acknowledgeBy").asText())
                    .isEqualTo(WorkingCalendar.englandAndWales().workingDaysAfter(thenDay, 10).toString());

            acknowledge(STAFF_A, policy, 1, 204);
            acknowledge(DSL_A, policy, 1, 204);
            acknowledge(STAFF_A, policy, 1, 409); // twice
            acknowledge(HR, policy, 1, 409);      // not asked
            acknowledge(DSL_B, policy, 1, 404);   // another setting's policy
            acknowledge(TRUSTEE, policy, 1, 403);
            // a member of staff sees the text and where they stand, not who else has acknowledged
            JsonNode seen = api.get(STAFF_A, "/api/policies/" + policy).json();
            assertThat(seen.path("summary").path("youHaveAcknowledged").asBoolean()).isTrue();
            assertThat(seen.path("waitingFor").isNull()).isTrue();
            assertThat(seen.path("text").asText()).contains("\n");
        } finally {
            TestClock.reset();
            scheduler.resume();
        }

        // the deadline passes: the deputy's acknowledgement is missed, and the headteacher is told
        cases.awaitDeadline(HEAD_A, policy, "POLICY_ACKNOWLEDGEMENT", "MISSED", Duration.ofSeconds(30));
        JsonNode overdue = awaitOverdue(policy, asked.size() - 2);
        assertThat(overdue.path("summary").path("acknowledged").asInt()).isEqualTo(2);
        overdue.path("waitingFor").forEach(w -> assertThat(w.path("overdue").asBoolean()).isTrue());
        assertThat(told(HEAD_A, policy)).as("the headteacher's inbox").isTrue();
        assertThat(told(DEPUTY_A, policy)).as("the deputy's inbox").isTrue();
        assertThat(told(STAFF_A, policy)).as("who acknowledged is not told").isFalse();
        // (the reminders fell due in the past too, beside the deadlines: which fires first is the scheduler's
        // choice, so the reminder has a test of its own below)
        JsonNode compliance = api.get(HEAD_A, "/api/policies/compliance").json();
        JsonNode share = null;
        for (JsonNode p : compliance.get(0).path("policies")) {
            share = policy.equals(p.path("policyId").asText()) ? p : share;
        }
        assertThat(share).as("the policy's share in %s", compliance).isNotNull();
        assertThat(share.path("overdue").asInt()).isEqualTo(asked.size() - 2);

        // a new version asks everyone again; the old one can no longer be acknowledged
        assertProblem(api.post(STAFF_A, "/api/policies/" + policy + "/versions", Map.of("title", "x", "text", "y",
                "effectiveFrom", LocalDate.now().toString())), 403);
        Reply v2 = api.post(HEAD_A, "/api/policies/" + policy + "/versions", Map.of("title", "Social media policy",
                "text", "Version two.", "effectiveFrom", LocalDate.now().toString()));
        assertThat(v2.status()).as("%s", v2).isEqualTo(204);
        JsonNode again = api.get(HEAD_A, "/api/policies/" + policy).json();
        assertThat(again.path("summary").path("version").asInt()).isEqualTo(2);
        assertThat(again.path("summary").path("acknowledged").asInt()).isZero();
        assertThat(again.path("waitingFor")).hasSize(asked.size());
        cases.awaitDeadline(HEAD_A, policy, "POLICY_ACKNOWLEDGEMENT", "PENDING");
        acknowledge(STAFF_A, policy, 1, 409);
        acknowledge(STAFF_A, policy, 2, 204);
        boolean acknowledged = false;
        for (JsonNode p : api.get(STAFF_A, "/api/policies").json()) {
            acknowledged |= policy.equals(p.path("id").asText()) && p.path("youHaveAcknowledged").asBoolean();
        }
        assertThat(acknowledged).as("the member of staff's list says they have acknowledged version 2").isTrue();
        // nobody new holds the roles: asking again is refused with a sentence
        assertProblem(api.post(HEAD_A, "/api/policies/" + policy + "/asks", Map.of()), 409);

        // the trustees' report carries the shares of staff, in the CSV and the board pack as on the page
        String csv = api.get(HEAD_A, "/api/reports/quarterly.csv").raw().body();
        assertThat(csv).contains("Policies and training", "\"Social media policy, version 2: acknowledged\"",
                "Training in date");
        JsonNode reported = null;
        for (JsonNode setting : api.get(HEAD_A, "/api/reports/quarterly").json().path("policies")) {
            for (JsonNode p : setting.path("policies")) {
                if (p.path("title").asText().equals("Social media policy") && p.path("version").asInt() == 2) {
                    reported = p;
                }
            }
        }
        assertThat(reported).as("the JSON report's share for version 2").isNotNull();
        assertThat(reported.path("acknowledged").path("status").asText()).isNotBlank();
        java.net.http.HttpResponse<byte[]> pdf = api.download(HEAD_A, "/api/reports/quarterly.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(uk.tidemark.app.web.PdfReadBack.of(pdf.body()).text()).contains("Policies and training",
                "Training in date");
    }

    @Test
    void whoHasNotAcknowledgedIsRemindedThreeWorkingDaysBeforeTheirDeadline() {
        // published on the last day whose reminder (seven working days on, at 09:00) has passed: the deadline (ten
        // working days on) has not
        WorkingCalendar calendar = WorkingCalendar.englandAndWales();
        LocalDate today = LocalDate.now(WorkingCalendar.UK);
        LocalDate published = today;
        while (!calendar.workingDaysAfter(published, 7).isBefore(today)) {
            published = published.minusDays(1);
        }
        String policy;
        scheduler.pause();
        TestClock.pretend(published.atTime(10, 0).atZone(WorkingCalendar.UK).toInstant());
        try {
            Reply reply = api.post(HEAD_A, "/api/policies", Map.of("title", "Mobile phones policy", "text",
                    "Phones stay in lockers.", "effectiveFrom", published.toString(), "roles", List.of("STAFF", "DSL")));
            assertThat(reply.status()).as("%s", reply).isEqualTo(201);
            policy = reply.json().path("ids").get(0).asText();
            cases.awaitGet(DSL_A, "/api/policies/" + policy, r -> r.status() == 200, "the policy");
            acknowledge(DSL_A, policy, 1, 204);
        } finally {
            TestClock.reset();
            scheduler.resume();
        }
        assertThat(told(STAFF_A, policy, "DEADLINE_REMINDER")).as("the member of staff who has not acknowledged")
                .isTrue();
        assertThat(told(DSL_A, policy, "DEADLINE_REMINDER")).as("who acknowledged is not reminded").isFalse();
        assertThat(cases.awaitDeadline(HEAD_A, policy, "POLICY_ACKNOWLEDGEMENT",
                "PENDING").path("status").asText()).isEqualTo("PENDING");
    }

    private void acknowledge(String user, String policy, int version, int status) {
        Reply reply = api.post(user, "/api/policies/" + policy + "/acknowledgement", Map.of("version", version));
        assertThat(reply.status()).as("%s acknowledging: %s", user, reply).isEqualTo(status);
    }

    /** Each person's deadline fires on its own: waits until all of them are marked overdue. */
    private JsonNode awaitOverdue(String policy, int overdue) {
        JsonNode last = null;
        for (int i = 0; i < 300; i++) {
            last = api.get(HEAD_A, "/api/policies/" + policy).json();
            if (last.path("summary").path("overdue").asInt() == overdue) {
                return last;
            }
            pause();
        }
        throw new AssertionError("not " + overdue + " overdue: " + last);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean told(String user, String policy) {
        return told(user, policy, "DEADLINE_MISSED");
    }

    private boolean told(String user, String policy, String kind) {
        for (int i = 0; i < 100; i++) {
            for (JsonNode n : api.get(user, "/api/notifications").json()) {
                if (policy.equals(n.path("caseId").asText()) && kind.equals(n.path("kind").asText())) {
                    return true;
                }
            }
            if ((user.equals(STAFF_A) && kind.equals("DEADLINE_MISSED") || user.equals(DSL_A)) && i > 10) {
                return false;
            }
            pause();
        }
        return false;
    }
}
