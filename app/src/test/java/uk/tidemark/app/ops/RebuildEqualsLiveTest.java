package uk.tidemark.app.ops;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.ops.TrackingTokens;
import uk.tidemark.app.support.ReadModelHashes;
import uk.tidemark.app.web.TestClock;
import uk.tidemark.kernel.report.Quarter;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Rebuilding every rebuildable projection from zero ends exactly where the live projections are: after a varied
 * history (incidents in every stage, a reopened case, a staff allegation over the harm threshold referred to HR, HR
 * cases through the ACAS stages, complaints acknowledged, escalated and withdrawn, deadlines set, met and missed,
 * a quarter's report published twice),
 * each processor is rebuilt through the admin API and each of its read-model collections hashes the same as before
 * (documents sorted by _id, fields in sorted order at every level; arrays keep their order, which is meaningful).
 * No field is excluded: the projections take every time from the events, none from the clock, so a rebuild has
 * nothing that may legitimately differ. The rebuild's progress gauge reaches 1 for each.
 */
@RunningApp
@TestPropertySource(properties = "db-scheduler.polling-interval=200ms")
class RebuildEqualsLiveTest {

    /** Each rebuildable processor and the collections its projections keep (their reset handlers empty them). */
    private static final Map<String, List<String>> COLLECTIONS = ReadModelHashes.COLLECTIONS;

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MongoTemplate mongo;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TrackingTokens tokens;
    @Autowired
    MeterRegistry meters;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void everyProjectionRebuiltFromZeroHashesTheSameAsLive() throws Exception {
        variedHistory();
        awaitCaughtUp();
        Map<String, String> live = hashes();
        Map<String, Map<String, String>> liveDocuments = ReadModelHashes.documents(mongo);
        assertThat(mongo.getCollection("incidents").distinct("stage", String.class).into(new ArrayList<>()))
                .as("cases in every stage").contains("NEW", "TRIAGED", "ACTION_TAKEN", "ESCALATED", "CLOSED");
        assertThat(mongo.getCollection("deadlines").distinct("status", String.class).into(new ArrayList<>()))
                .as("deadlines pending, met and missed").contains("PENDING", "MET", "MISSED");
        System.out.println("[rebuild] live read models: " + live);
        for (String processor : COLLECTIONS.keySet()) {
            for (String collection : COLLECTIONS.get(processor)) {
                assertThat(mongo.getCollection(collection).countDocuments()).as(collection).isPositive();
            }
        }

        for (String processor : COLLECTIONS.keySet()) {
            Reply rebuild = api.post(ADMIN, "/api/admin/projections/" + processor + "/rebuild", Map.of());
            assertThat(rebuild.status()).as(processor).isEqualTo(202);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Gauge progress = meters.find("tidemark.projection.rebuild.progress").tag("processor", processor)
                        .gauge();
                assertThat(progress).as("progress gauge of " + processor).isNotNull();
                assertThat(progress.value()).as("progress of " + processor).isEqualTo(1.0);
            });
        }
        awaitCaughtUp();
        Map<String, String> rebuilt = hashes();
        assertThat(rebuilt).as("rebuilt read models; documents that differ:%n%s",
                ReadModelHashes.differences(liveDocuments, ReadModelHashes.documents(mongo), 5)).isEqualTo(live);
    }

    private void variedHistory() {
        // a first response missed (the clock moved past it), then back to real time
        String missed = cases.logAndAwait(caseBody()).path("id").asText();
        JsonNode due = cases.awaitDeadline(DSL_A, missed, "FIRST_RESPONSE", "PENDING");
        TestClock.advanceTo(Instant.parse(due.path("dueAt").asText()).plus(Duration.ofHours(1)), jdbc);
        cases.awaitDeadline(DSL_A, missed, "FIRST_RESPONSE", "MISSED", Duration.ofSeconds(10));
        TestClock.reset();

        cases.logCase(DSL_A, caseBody()); // NEW

        String triaged = cases.logCase(DSL_A, caseBody());
        ok(api.post(DSL_A, "/api/incidents/" + triaged + "/triage", Map.of("severity", "LOW", "reason", "Assessed")));

        String acted = cases.logCase(DSL_A, caseBody());
        ok(api.post(DSL_A, "/api/incidents/" + acted + "/triage", Map.of("severity", "MEDIUM", "reason", "Repeated")));
        ok(api.post(DSL_A, "/api/incidents/" + acted + "/content-actions", Map.of("action", "REPORTED_TO_PLATFORM",
                "reference", "IG-123")));
        ok(api.post(DSL_A, "/api/incidents/" + acted + "/notes", Map.of("text", "Spoke to the form tutor")));
        ok(api.post(DSL_A, "/api/incidents/" + acted + "/evidence", Map.of("description", "Screenshot", "sha256",
                "a".repeat(64), "capturedAt", Instant.now().minusSeconds(3600).toString())));
        String subject = personOf(acted, "SUBJECT");
        String warning = idOf(ok(api.post(DSL_A, "/api/incidents/" + acted + "/warnings", Map.of("personId", subject,
                "kind", "REMOVAL_REQUEST", "channel", "LETTER", "text", "Please remove the post",
                "responseDueBy", LocalDate.now().plusDays(7).toString()))), "warningId");
        ok(api.post(DSL_A, "/api/incidents/" + acted + "/warnings/" + warning + "/response", Map.of("response",
                "COMPLIED")));

        String escalated = cases.logCase(DSL_A, caseBody());
        ok(api.post(DSL_A, "/api/incidents/" + escalated + "/triage", Map.of("severity", "HIGH", "reason", "Threats")));
        ok(api.post(DSL_A, "/api/incidents/" + escalated + "/police-escalation", Map.of("reason", "HARASSMENT",
                "force", "Kent Police")));
        ok(api.post(DSL_A, "/api/incidents/" + escalated + "/police-updates", Map.of("status", "Investigating",
                "note", "Officer visited")));
        String referral = idOf(ok(api.post(DSL_A, "/api/incidents/" + escalated + "/referrals", Map.of("agency", "CEOP",
                "reason", "Images shared"))), "id");
        ok(api.post(DSL_A, "/api/incidents/" + escalated + "/referrals/" + referral + "/acknowledgement",
                Map.of("reference", "ACK-1")));
        ok(api.post(DSL_A, "/api/incidents/" + escalated + "/referrals", Map.of("agency", "POSH", "reason", "Advice")));

        String closed = cases.logCase(DSL_A, caseBody());
        ok(api.post(DSL_A, "/api/incidents/" + closed + "/triage", Map.of("severity", "LOW", "reason", "Minor")));
        ok(api.post(DSL_A, "/api/incidents/" + closed + "/close", Map.of("outcome", "NO_FURTHER_ACTION",
                "rationale", "Resolved")));
        String reopened = cases.logCase(DSL_A, caseBody());
        ok(api.post(DSL_A, "/api/incidents/" + reopened + "/triage", Map.of("severity", "LOW", "reason", "Minor")));
        ok(api.post(DSL_A, "/api/incidents/" + reopened + "/close", Map.of("outcome", "RESOLVED_INFORMALLY",
                "rationale", "Resolved")));
        ok(api.post(DSL_A, "/api/incidents/" + reopened + "/reopen", Map.of("reason", "New posts")));

        // a member of staff over the harm threshold: LADO referral due, then HR
        Map<String, Object> staffCase = new LinkedHashMap<>(caseBody());
        staffCase.put("category", "INAPPROPRIATE_CONTACT");
        staffCase.put("people", List.of(Map.of("name", "Pupil Two", "role", "PUPIL", "involvement", "TARGET"),
                Map.of("name", "Sam Teacher", "role", "STAFF", "involvement", "SUBJECT")));
        String staff = cases.logCase(DSL_A, staffCase);
        ok(api.post(DSL_A, "/api/incidents/" + staff + "/triage", Map.of("severity", "CRITICAL", "reason", "Messages",
                "allegationRoute", "HARM_THRESHOLD")));
        ok(api.post(DSL_A, "/api/incidents/" + staff + "/referrals", Map.of("agency", "LADO", "reason", "Harm threshold")));
        String referredHr = idOf(ok(api.post(DSL_A, "/api/incidents/" + staff + "/disciplinary-referral", Map.of(
                "personId", personOf(staff, "SUBJECT"), "teacher", true, "concernsHarmToChildren", true,
                "allegation", "Private messages to a pupil"))), "id");
        String complaintFromCase = idOf(ok(api.post(DSL_A, "/api/incidents/" + acted + "/complaint-referral", Map.of(
                "channel", "EMAIL", "complainant", "A parent", "summary", "About the post"))), "id");

        // HR: one case through the stages to a warning (its expiry a deadline), the referred one investigated
        String hr = idOf(ok(api.post(HR, "/api/disciplinary-cases", Map.of("settingId", SETTING_A, "employeeName",
                "Casey Clerk", "teacher", false, "concernsHarmToChildren", false, "allegation", "A public post."))),
                "id");
        String d = "/api/disciplinary-cases/" + hr;
        ok(api.post(HR, d + "/investigator", Map.of("investigator", "Deputy head")));
        ok(api.post(HR, d + "/findings", Map.of("findings", "The post was made")));
        LocalDate hearingOn = LocalDate.now().plusDays(30);
        ok(api.post(HR, d + "/hearing-invitation", Map.of("hearingOn", hearingOn.toString(),
                "rightToBeAccompaniedStated", true)));
        TestClock.pretend(hearingOn.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant()); // on its date
        try {
            ok(api.post(HR, d + "/hearing", Map.of("companion", "A colleague")));
        } finally {
            TestClock.reset();
        }
        ok(api.post(HR, d + "/outcome", Map.of("outcome", "FIRST_WRITTEN_WARNING", "reasons", "Breach of policy")));
        cases.awaitGet(HR, "/api/disciplinary-cases/" + referredHr, r -> r.status() == 200, "the referred HR case");
        ok(api.post(HR, "/api/disciplinary-cases/" + referredHr + "/investigator", Map.of("investigator", "Head")));

        // complaints: acknowledged and taken to the formal stage; another withdrawn
        String complaint = idOf(ok(api.post(DSL_A, "/api/complaints", Map.of("channel", "LETTER", "complainant",
                "A Parent", "summary", "About a post."))), "id");
        ok(api.send(DSL_A, "POST", "/api/complaints/" + complaint + "/acknowledgement", null, null, null));
        ok(api.post(DSL_A, "/api/complaints/" + complaint + "/formal-stage", Map.of("reason", "Not resolved")));
        cases.awaitGet(DSL_A, "/api/complaints/" + complaintFromCase, r -> r.status() == 200, "the referred complaint");
        ok(api.post(DSL_A, "/api/complaints/" + complaintFromCase + "/withdrawal", Map.of("reason", "Withdrawn")));

        // the last quarter's report published, then a correction of it (issue 17)
        Quarter last = Quarter.containing(Instant.now()).previous();
        for (String narrative : List.of("A quiet quarter.", "A quiet quarter.\nCorrected: one more referral.")) {
            ok(api.post(DSL_A, "/api/reports/quarterly/publications", Map.of("year", last.year(), "quarter",
                    last.quarter(), "narrative", narrative)));
        }
        registers();
        new GovernanceHistory(api, cases).live();
    }

    /** Issue 18: each register lived in, so that the registers processor's rebuild has every kind of event. */
    private void registers() {
        // a policy asked of the staff, acknowledged by one; a training record
        String policy = ok(api.post(HEAD_A, "/api/policies", Map.of("title", "Social media policy", "text",
                "Read this.", "effectiveFrom", LocalDate.now().toString(), "roles", List.of("STAFF"))))
                .json().path("ids").get(0).asText();
        cases.awaitGet(STAFF_A, "/api/policies/" + policy, r -> r.status() == 200, "the policy");
        ok(api.post(STAFF_A, "/api/policies/" + policy + "/acknowledgement", Map.of("version", 1)));
        ok(api.post(STAFF_A, "/api/policies/training", Map.of("course", "Online safety", "completedOn",
                LocalDate.now().minusDays(3).toString())));
        // an official account approved, a moderator given access and then removed: a password change falls due
        String account = idOf(ok(api.post(STAFF_A, "/api/registers/official-accounts", Map.of("platform",
                "INSTAGRAM", "handle", "@rebuild", "address", "https://instagram.com/rebuild", "purpose", "News",
                "audience", "Parents", "leadUsername", STAFF_A))), "id");
        cases.awaitGet(HEAD_A, "/api/registers/official-accounts/" + account, r -> r.status() == 200, "the account");
        ok(api.post(HEAD_A, "/api/registers/official-accounts/" + account + "/approval", Map.of()));
        ok(api.post(HEAD_A, "/api/registers/official-accounts/" + account + "/people", Map.of("name",
                "Val Volunteer", "role", "MODERATOR", "dbsCheckedOn", LocalDate.now().minusYears(1).toString())));
        JsonNode moderator = cases.awaitGet(HEAD_A, "/api/registers/official-accounts/" + account,
                r -> r.json().path("moderators").size() == 1, "the moderator").path("moderators").get(0);
        ok(api.post(HEAD_A, "/api/registers/official-accounts/" + account + "/people/"
                + moderator.path("personId").asText() + "/removal", Map.of("reason", "Left")));
        // a contact declared and noted
        String declaration = idOf(ok(api.post(STAFF_A, "/api/declarations", Map.of("kind", "CONTACT",
                "contactFrom", "PUPIL", "contactName", "Pupil One", "contactKind", "MESSAGE", "platform",
                "INSTAGRAM", "contactOn", LocalDate.now().minusDays(1).toString(), "response", "Did not reply."))),
                "id");
        cases.awaitGet(DSL_A, "/api/declarations/" + declaration, r -> r.status() == 200, "the declaration");
        ok(api.post(DSL_A, "/api/declarations/" + declaration + "/note", Map.of("note", "Talked it through.")));
        // a low-level concern about a member of staff
        Map<String, Object> body = new java.util.LinkedHashMap<>(caseBody());
        body.put("category", "STAFF_MISUSE");
        body.put("people", List.of(Map.of("name", "Lee Colleague", "role", "STAFF", "involvement", "SUBJECT")));
        String concern = cases.logCase(DSL_A, body);
        cases.awaitVersion(DSL_A, concern, 0);
        ok(api.post(DSL_A, "/api/incidents/" + concern + "/triage", Map.of("severity", "LOW", "reason", "r",
                "allegationRoute", "LOW_LEVEL_CONCERN")));
        // a pupil on the image consent register
        Reply imported = api.upload(ADMIN, "/api/admin/settings/" + SETTING_A + "/roster",
                new uk.tidemark.app.fixture.Multipart().file("file", "export.csv", "text/csv",
                        "UPN,Name,Role\nRB1,Rebuild Pupil,Pupil\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                null);
        assertThat(imported.status()).as("%s", imported).isEqualTo(200);
        String pupil = cases.awaitGet(DSL_A, "/api/roster?q=rebuild%20pupil", r -> r.status() == 200
                && r.json().size() == 1, "the pupil").get(0).path("personId").asText();
        ok(api.post(DSL_A, "/api/registers/image-consent", Map.of("personId", pupil, "allowed", "NONE",
                "source", "ENROLMENT_FORM")));
    }

    private String personOf(String caseId, String involvement) {
        JsonNode page = cases.awaitVersion(DSL_A, caseId, 0);
        for (JsonNode p : page.path("people")) {
            if (p.path("involvement").asText().equals(involvement)) {
                return p.path("personId").asText();
            }
        }
        throw new AssertionError("no " + involvement + " on " + caseId);
    }

    private static Reply ok(Reply reply) {
        assertThat(reply.status() / 100).as("2xx: %s", reply).isEqualTo(2);
        return reply;
    }

    private static String idOf(Reply reply, String field) {
        JsonNode body = reply.json();
        return body.hasNonNull(field) ? body.path(field).asText() : body.path("id").asText();
    }

    /** Every rebuildable processor has handled every event in the store, and nothing is replaying. */
    private void awaitCaughtUp() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            long head = tokens.head();
            for (String name : COLLECTIONS.keySet()) {
                StreamingEventProcessor p = (StreamingEventProcessor) processing.eventProcessors().get(name);
                Map<Integer, EventTrackerStatus> status = p.processingStatus();
                assertThat(status).as(name + " segments").isNotEmpty();
                for (EventTrackerStatus s : status.values()) {
                    assertThat(s.getCurrentPosition().orElse(-1)).as(name + " position").isGreaterThanOrEqualTo(head);
                    assertThat(s.isReplaying() && s.getCurrentPosition().orElse(-1) < s.getResetPosition().orElse(-1))
                            .as(name + " replaying").isFalse();
                }
            }
            assertThat(tokens.head()).as("no event appended meanwhile").isEqualTo(head);
        });
    }

    /** Each collection's documents, sorted by _id, in canonical JSON, hashed. */
    private Map<String, String> hashes() {
        return ReadModelHashes.of(mongo);
    }
}
