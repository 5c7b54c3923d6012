package uk.tidemark.app.web.sar;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.AuditFixture;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.command.deadline.WorkingCalendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.*;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Issue 19's subject access "done when" over HTTP: a request for a pupil named in three cases of two settings
 * produces, after a safeguarding lead's review, a bundle holding all three with the other people's names replaced by
 * their role and a marked passage redacted; its deadline is on the calendar on the ICO's date, and the audit trail
 * holds the bundle's SHA-256. And the access rules, the bad input and the refusals by rule.
 */
@RunningApp
class SubjectAccessStoryTest {

    /** Saturday 3 October 2026: due on Tuesday 3 November; extended, Monday 4 January 2027 (3 January a Sunday). */
    static final LocalDate RECEIVED = LocalDate.of(2026, 10, 3);
    static final String PHONE = "07700 900123";

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    AuditFixture audit;

    private String logCase(String user, String setting, String summary, List<Map<String, Object>> people) {
        Map<String, Object> body = CaseFixture.caseBody();
        body.put("summary", summary);
        body.put("people", people);
        if (setting != null) {
            body.put("settingId", setting);
        }
        String id = cases.logCase(user, body);
        cases.awaitVersion(user, id, 0);
        return id;
    }

    private static Map<String, Object> person(String name, String role, String involvement, String personId) {
        Map<String, Object> p = new LinkedHashMap<>(Map.of("name", name, "role", role, "involvement", involvement));
        if (personId != null) {
            p.put("personId", personId);
        }
        return p;
    }

    /** The pupil, on two cases of Alder School and one of Birch School; returns pupil id and the three case ids. */
    private List<String> threeCases() {
        String one = logCase(DSL_A, null, "Sam Smith posted comments about Alex Pupil; Terry Teacher saw them.",
                List.of(person("Alex Pupil", "PUPIL", "TARGET", null), person("Sam Smith", "PUPIL", "SUBJECT", null),
                        person("Terry Teacher", "STAFF", "WITNESS", null)));
        String pupil = api.get(DSL_A, "/api/incidents/" + one).json().path("people").path(0).path("personId")
                .asText();
        String two = logCase(DSL_A, null, "Pat Parent reported messages sent to Alex at night.",
                List.of(person("Alex Pupil", "PUPIL", "TARGET", pupil),
                        person("Pat Parent", "PARENT_CARER", "WITNESS", null)));
        assertThat(api.post(DSL_A, "/api/incidents/" + two + "/notes",
                Map.of("text", "Spoke to Pat Parent; the sender's number is " + PHONE + ".")).status()).isEqualTo(201);
        String three = logCase(DSL_AB, SETTING_B, "Alex Pupil was sent an image by Robin Roe.",
                List.of(person("Alex Pupil", "PUPIL", "TARGET", pupil),
                        person("Robin Roe", "MEMBER_OF_PUBLIC", "SUBJECT", null)));
        cases.awaitGet(DSL_AB, "/api/people/" + pupil + "/chronology",
                r -> r.status() == 200 && r.json().path("cases").size() == 3 && r.json().path("entries").size() >= 4,
                "the pupil on three cases");
        return List.of(pupil, one, two, three);
    }

    private String receive(String user, String pupil, String setting) {
        Reply made = api.post(user, "/api/subject-access-requests", Map.of("personId", pupil,
                "receivedOn", RECEIVED.toString(), "requester", "Jo Pupil, mother", "settingId", setting));
        assertThat(made.status()).as("%s", made).isEqualTo(201);
        String id = made.json().path("id").asText();
        assertThat(made.header("Location")).endsWith("/api/subject-access-requests/" + id);
        cases.awaitGet(user, "/api/subject-access-requests/" + id, r -> r.status() == 200, "the request");
        return id;
    }

    @Test
    void aPupilOnThreeCasesOfTwoSettingsGetsAReviewedRedactedBundleWhoseHashIsAudited() throws Exception {
        List<String> found = threeCases();
        String pupil = found.get(0);
        api.get(DSL_A, "/api/incidents/" + found.get(1)); // a read of one of the pupil's records, to be disclosed

        // only a designated safeguarding lead receives one; bad input is named
        for (String other : new String[]{STAFF_A, DEPUTY_A, HEAD_A, HR, TRUSTEE, ADMIN}) {
            assertProblem(api.post(other, "/api/subject-access-requests", Map.of("personId", pupil,
                    "receivedOn", RECEIVED.toString(), "requester", "Jo")), 403);
        }
        long events = cases.storedEventCount();
        JsonNode bad = assertProblem(api.post(DSL_AB, "/api/subject-access-requests", Map.of("personId", "nobody",
                "receivedOn", LocalDate.now(WorkingCalendar.UK).plusDays(2).toString())), 400);
        assertThat(bad.toString()).contains("personId", "receivedOn", "requester");
        assertThat(cases.storedEventCount()).isEqualTo(events);

        String id = receive(DSL_AB, pupil, SETTING_A);
        String path = "/api/subject-access-requests/" + id;
        // received on a day long past, its response is already overdue: the miss is in the request's stream
        JsonNode due = cases.awaitDeadline(DSL_AB, id, "SUBJECT_ACCESS_RESPONSE", "MISSED", Duration.ofSeconds(10));
        long stored = cases.storedVersion(id);
        cases.awaitGet(DSL_AB, path, r -> r.json().path("version").asLong() >= stored, "the request's every event");
        JsonNode request = api.get(DSL_AB, path).json();
        assertThat(request.path("dueOn").asText()).isEqualTo("2026-11-03");
        assertThat(request.path("personName").asText()).isEqualTo("Alex Pupil");
        assertThat(Instant.parse(due.path("dueAt").asText()))
                .isEqualTo(WorkingCalendar.endOf(LocalDate.of(2026, 11, 3)).truncatedTo(ChronoUnit.MILLIS));
        // Birch's lead does not see Alder's request; others are refused; an unknown id is unknown
        assertProblem(api.get(DSL_B, path), 404);
        assertProblem(api.get(DSL_AB, "/api/subject-access-requests/no-such-request"), 404);
        for (String other : new String[]{DEPUTY_A, HEAD_A, TRUSTEE, ADMIN}) {
            assertProblem(api.get(other, path), 403);
        }

        // nothing leaves without the review
        assertProblem(api.post(DSL_AB, path + "/release", Map.of()), 409);
        assertProblem(api.get(DSL_AB, path + "/bundle.pdf"), 404);
        assertThat(api.post(DSL_AB, path + "/review", Map.of()).status()).isEqualTo(204);
        assertProblem(api.post(DSL_AB, path + "/review", Map.of()), 409);

        JsonNode records = cases.awaitGet(DSL_AB, path + "/records", r -> r.status() == 200, "the records").get(
                "records");
        List<String> keys = new ArrayList<>();
        String phoneEntry = null;
        for (JsonNode record : records) {
            keys.add(record.path("key").asText());
            for (JsonNode line : record.path("entries")) {
                if (line.path("text").asText().contains(PHONE)) {
                    phoneEntry = line.path("key").asText();
                }
            }
        }
        assertThat(keys).contains(found.get(1), found.get(2), found.get(3), "reads");
        assertThat(phoneEntry).isNotNull();
        assertProblem(api.post(DSL_AB, path + "/redactions", Map.of("entryKey", " ")), 400);
        assertThat(api.post(DSL_AB, path + "/redactions", Map.of("entryKey", phoneEntry, "passage", PHONE))
                .status()).isEqualTo(204);
        cases.awaitGet(DSL_AB, path, r -> r.json().path("redactions").size() == 1, "the mark");

        // Alder's own lead may work on it, but may not see Birch's case: releasing would leave it out
        JsonNode unseen = assertProblem(api.post(DSL_A, path + "/release", Map.of()), 409);
        assertThat(unseen.path("detail").asText()).contains("1 case(s) you may not see");
        assertProblem(api.post(DSL_AB, path + "/release", Map.of("withheldOn", "THIRD_PARTY")), 400);

        Reply released = api.post(DSL_AB, path + "/release", Map.of());
        assertThat(released.status()).as("%s", released).isEqualTo(200);
        String pdfHash = released.json().path("pdfSha256").asText();
        String jsonHash = released.json().path("jsonSha256").asText();

        byte[] json = api.download(DSL_AB, path + "/bundle.json").body();
        assertThat(sha256(json)).isEqualTo(jsonHash);
        String bundle = new String(json, StandardCharsets.UTF_8);
        for (String caseId : found.subList(1, 4)) {
            String reference = api.get(DSL_AB, "/api/incidents/" + caseId).json().path("reference").asText();
            assertThat(bundle).as("case " + reference).contains("Case " + reference);
        }
        assertThat(bundle).contains("Alex Pupil", "another pupil", "a member of staff", "a parent",
                "a member of the public", "[redacted]", "Alder School", "Birch School");
        assertThat(bundle).doesNotContain("Sam Smith", "Terry Teacher", "Pat Parent", "Robin Roe", PHONE, "Dee Ess",
                "Both Dee");
        var pdf = api.download(DSL_AB, path + "/bundle.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(sha256(pdf.body())).isEqualTo(pdfHash);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        // the release's audit entry shows the hashes; the downloads are audited reads
        Map<String, Object> entry = audit.awaitAudit(1, "kind = 'EVENT' AND what = 'SubjectAccessReleased' "
                + "AND case_id = ?", id).get(0);
        assertThat(AuditFixture.details(entry).path("pdfSha256").asText()).isEqualTo(pdfHash);
        assertThat(AuditFixture.details(entry).path("jsonSha256").asText()).isEqualTo(jsonHash);
        assertThat(api.get(DSL_AB, "/api/audit?caseId=" + id + "&size=100").raw().body()).contains(pdfHash);
        assertThat(audit.auditCount("kind = 'READ' AND case_id = ? AND details LIKE ?", id, "%BUNDLE_PDF%"))
                .isEqualTo(1);
        assertThat(audit.auditCount("kind = 'READ' AND case_id = ? AND details LIKE ?", id, "%BUNDLE_JSON%"))
                .isEqualTo(1);
        JsonNode answered = cases.awaitGet(DSL_AB, path, r -> r.json().path("state").asText().equals("RELEASED"),
                "the release");
        assertThat(answered.path("pdfSha256").asText()).isEqualTo(pdfHash);
        cases.awaitDeadline(DSL_AB, id, "SUBJECT_ACCESS_RESPONSE", null);

        // answered once: nothing more
        events = cases.storedEventCount();
        assertProblem(api.post(DSL_AB, path + "/release", Map.of()), 409);
        assertProblem(api.post(DSL_AB, path + "/extension", Map.of("reason", "Late")), 409);
        assertThat(cases.storedEventCount()).isEqualTo(events);
    }

    @Test
    void aComplexRequestIsExtendedOnceAndARefusalRecordsItsGround() {
        String pupil = threeCases().get(0);
        String id = receive(DSL_AB, pupil, SETTING_B);
        String path = "/api/subject-access-requests/" + id;
        assertProblem(api.post(DSL_AB, path + "/extension", Map.of("reason", " ")), 400);
        assertThat(api.post(DSL_AB, path + "/extension",
                Map.of("reason", "Records in two schools and a police investigation to consult.")).status())
                .isEqualTo(204);
        JsonNode extended = cases.awaitGet(DSL_AB, path, r -> r.json().path("dueOn").asText().equals("2027-01-04"),
                "the extension");
        assertThat(extended.path("extensionReason").asText()).contains("police investigation");
        assertProblem(api.post(DSL_AB, path + "/extension", Map.of("reason", "Again")), 409);
        assertProblem(api.post(DSL_AB, path + "/redactions", Map.of("entryKey", "x")), 409);
        assertProblem(api.post(DSL_AB, path + "/refusal", Map.of("reasons", "No ground")), 400);
        assertThat(api.post(DSL_AB, path + "/refusal", Map.of("ground", "MANIFESTLY_UNFOUNDED",
                "reasons", "The same request was answered last week.")).status()).isEqualTo(204);
        JsonNode refused = cases.awaitGet(DSL_AB, path, r -> r.json().path("state").asText().equals("REFUSED"),
                "the refusal");
        assertThat(refused.path("ground").asText()).isEqualTo("MANIFESTLY_UNFOUNDED");
        assertProblem(api.post(DSL_AB, path + "/review", Map.of()), 409);
        assertProblem(api.get(DSL_AB, path + "/bundle.json"), 404);
        assertThat(api.get(DSL_AB, "/api/subject-access-requests").raw().body()).contains(id);
        assertThat(api.get(DSL_A, "/api/subject-access-requests").raw().body()).doesNotContain(id);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
