package uk.tidemark.app.web.register;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.Multipart;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.web.Browser;
import uk.tidemark.command.deadline.WorkingCalendar;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Issue 18's image consent story over HTTP (seed 000: "an up-to-date list of children without photo permissions" and
 * "prompt removal of unauthorized photos"): a pupil of the roster is put on the register with no images; any member
 * of staff may check her and is told "NONE", names only; an image-consent-breach case that names her says so on its
 * page and gets the removal deadline, due at the end of the next working day, which a deleted post meets.
 */
@RunningApp
class ImageConsentStoryTest {

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @Autowired
    WorkingCalendar calendar;
    @LocalServerPort
    int port;

    private final String tag = new Random().ints(6, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();

    /** Two pupils of setting A's roster: Ffion (to be opted out) and Gwen (not on the register). */
    private Map<String, String> pupilsOnTheRoster() {
        String csv = "UPN,Forename,Surname,Role,Year,Class\n"
                + "C" + tag + "1,Ffion,Parry" + tag + ",Pupil,3,3P\n"
                + "C" + tag + "2,Gwen,Parry" + tag + ",Pupil,5,5P\n";
        Reply imported = api.upload(ADMIN, "/api/admin/settings/" + SETTING_A + "/roster", new Multipart()
                .file("file", "export.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)), null);
        assertThat(imported.status()).as("%s", imported).isEqualTo(200);
        JsonNode found = cases.awaitGet(DSL_A, "/api/roster?q=parry" + tag, r -> r.status() == 200
                && r.json().size() == 2, "the two pupils on the roster");
        return Map.of(found.get(0).path("name").asText(), found.get(0).path("personId").asText(),
                found.get(1).path("name").asText(), found.get(1).path("personId").asText());
    }

    private JsonNode check(String user, String q) {
        Reply reply = api.get(user, "/api/registers/image-consent/check?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    @Test
    void anOptedOutPupilIsCheckedByStaffAndABreachCaseNamingHerMustTakeTheImageDownByTheNextWorkingDay() {
        Map<String, String> pupils = pupilsOnTheRoster();
        String ffion = pupils.get("Ffion Parry" + tag);
        String gwen = pupils.get("Gwen Parry" + tag);

        // only the case workers keep the register; a member of staff may not
        Map<String, Object> entry = Map.of("settingId", SETTING_A, "personId", ffion, "allowed", "NONE",
                "source", "ENROLMENT_FORM", "givenOn", LocalDate.now(WorkingCalendar.UK).minusDays(3).toString());
        assertProblem(api.post(STAFF_A, "/api/registers/image-consent", entry), 403);
        assertProblem(api.post(DSL_A, "/api/registers/image-consent", Map.of("settingId", SETTING_A,
                "personId", "someone-not-on-the-roster", "allowed", "NONE", "source", "OTHER")), 400);
        Reply recorded = api.post(DSL_A, "/api/registers/image-consent", entry);
        assertThat(recorded.status()).as("%s", recorded).isEqualTo(201);
        String id = recorded.json().path("id").asText();
        assertProblem(api.post(DSL_A, "/api/registers/image-consent", entry), 409);
        JsonNode onRegister = api.get(DSL_A, "/api/registers/image-consent/" + id).json();
        assertThat(onRegister.path("allowed").asText()).isEqualTo("NONE");
        assertThat(onRegister.path("pupilName").asText()).isEqualTo("Ffion Parry" + tag);
        cases.awaitDeadline(DSL_A, id, "CONSENT_REVIEW", "PENDING");
        // another setting's lead sees nothing of it
        assertProblem(api.get(DSL_B, "/api/registers/image-consent/" + id), 404);
        assertThat(api.get(DSL_B, "/api/registers/image-consent").raw().body()).doesNotContain(id);

        // the quick check: names and what is allowed, nothing more; Gwen is not on the register, so ALL
        JsonNode answers = check(STAFF_A, "parry" + tag);
        assertThat(answers).hasSize(2);
        for (JsonNode a : answers) {
            assertThat(a.properties().stream().map(Map.Entry::getKey).toList())
                    .containsExactlyInAnyOrder("personId", "name", "setting", "allowed");
            assertThat(a.path("allowed").asText()).isEqualTo(a.path("personId").asText().equals(ffion) ? "NONE" : "ALL");
        }
        assertThat(check(HR, "ffion parry" + tag)).hasSize(1);
        assertThat(check(STAFF_A, "nobody-called-this" + tag)).isEmpty();
        assertThat(check(DSL_B, "parry" + tag)).isEmpty(); // not a pupil of their setting
        assertProblem(api.get(TRUSTEE, "/api/registers/image-consent/check?q=parry"), 403);
        assertProblem(api.get(ADMIN, "/api/registers/image-consent/check?q=parry"), 403);
        assertProblem(api.get(STAFF_A, "/api/registers/image-consent/check?q=p"), 400);

        // an image-consent-breach case naming both: Ffion is noted, Gwen is not
        Map<String, Object> body = caseBody();
        body.put("category", "IMAGE_CONSENT_BREACH");
        body.put("platform", "FACEBOOK");
        body.put("summary", "The sports day photos were posted with every pupil's name.");
        body.put("people", List.of(Map.of("personId", ffion, "involvement", "TARGET"),
                Map.of("personId", gwen, "involvement", "TARGET")));
        String incident = cases.logCase(STAFF_A, body);
        JsonNode removal = cases.awaitDeadline(DSL_A, incident, "IMAGE_REMOVAL", "PENDING", java.time.Duration.ofSeconds(10));
        Instant loggedAt = Instant.parse(cases.awaitVersion(DSL_A, incident, 0).path("loggedAt").asText());
        LocalDate nextWorkingDay = calendar.workingDaysAfter(LocalDate.ofInstant(loggedAt, WorkingCalendar.UK), 1);
        assertThat(Instant.parse(removal.path("dueAt").asText()))
                .isEqualTo(WorkingCalendar.endOf(nextWorkingDay).truncatedTo(ChronoUnit.MILLIS));

        // the case page says so, beside Ffion only
        Browser dsl = new Browser("http://localhost:" + port);
        assertThat(dsl.signIn(DSL_A, PASSWORD).statusCode()).isEqualTo(302);
        String page = dsl.get("/cases/" + incident).body();
        assertThat(page).contains("On the image consent register: no images");
        assertThat(page.split("On the image consent register", -1)).hasSize(2);
        // and the chronology keeps it, in words, with the day the image must be down by
        assertThat(api.get(DSL_A, "/api/incidents/" + incident + "/chronology").raw().body())
                .contains("Ffion Parry" + tag + " is on the image consent register: no images; the image must be "
                        + "taken down by ");

        // a deleted post meets the removal deadline
        String base = "/api/incidents/" + incident;
        assertThat(api.post(DSL_A, base + "/triage", Map.of("severity", "MEDIUM", "reason", "Photos of an "
                + "opted-out pupil")).status()).isEqualTo(204);
        Reply deleted = api.post(DSL_A, base + "/content-actions", Map.of("action", "POST_DELETED",
                "note", "The class page admin took the album down."));
        assertThat(deleted.status()).as("%s", deleted).isEqualTo(201);
        cases.awaitDeadline(DSL_A, incident, "IMAGE_REMOVAL", "MET");

        // the review: the entry's change back to ALL lifts it, and the check follows; the entry's version counts
        // its review deadline, so the ETag it is read with is the one the change is accepted with
        JsonNode read = cases.awaitGet(DSL_A, "/api/registers/image-consent/" + id,
                r -> r.status() == 200 && r.json().path("version").asLong(-1) == 1, "the entry with its review");
        assertThat(read.path("history").toString()).doesNotContain("null");
        Reply stale = api.post(DSL_A, "/api/registers/image-consent/" + id + "/change", Map.of("allowed", "ALL",
                "source", "PARENT_REQUEST"), "\"0\"");
        assertProblem(stale, 409);
        assertThat(api.post(DSL_A, "/api/registers/image-consent/" + id + "/change", Map.of("allowed", "ALL",
                "source", "PARENT_REQUEST"), api.get(DSL_A, "/api/registers/image-consent/" + id)
                .header("ETag")).status()).isEqualTo(204);
        cases.awaitGet(STAFF_A, "/api/registers/image-consent/check?q=ffion%20parry" + tag,
                r -> r.json().path(0).path("allowed").asText().equals("ALL"), "the change in the check");
        assertProblem(api.post(DSL_A, "/api/registers/image-consent/" + id + "/change", Map.of("allowed", "ALL",
                "source", "PARENT_REQUEST")), 409);
        // the change met the first review and set the next, a year from today
        cases.awaitDeadline(DSL_A, id, "CONSENT_REVIEW", "MET");
        JsonNode next = cases.awaitDeadline(DSL_A, id, "CONSENT_REVIEW", "PENDING");
        LocalDate inAYear = calendar.workingDaysAfter(LocalDate.now(WorkingCalendar.UK).plusYears(1).minusDays(1), 1);
        assertThat(Instant.parse(next.path("dueAt").asText()))
                .isEqualTo(WorkingCalendar.endOf(inAYear).truncatedTo(ChronoUnit.MILLIS));
        assertThat(api.post(DSL_A, "/api/registers/image-consent/" + id + "/end", Map.of("reason",
                "Moved to another school")).status()).isEqualTo(204);
        // ending it cancels the pending review (the board keeps no cancelled deadline)
        cases.awaitGet(DSL_A, "/api/deadlines?caseId=" + id + "&kind=CONSENT_REVIEW", r -> r.status() == 200
                && r.json().findValuesAsText("status").equals(List.of("MET")), "the review cancelled");
        assertProblem(api.post(DSL_A, "/api/registers/image-consent/" + id + "/review", Map.of()), 409);
    }

    @Test
    void theMisImportsColumnPutsPupilsOnTheRegisterAndLeavesTheSchoolsOwnEntriesAlone() {
        String csv = "UPN,Forename,Surname,Role,Photo consent\n"
                + "D" + tag + "1,Dylan,Rees" + tag + ",Pupil,No images\n"
                + "D" + tag + "2,Nia,Rees" + tag + ",Pupil,First name only\n"
                + "D" + tag + "3,Owen,Rees" + tag + ",Pupil,\n";
        Reply imported = api.upload(ADMIN, "/api/admin/settings/" + SETTING_A + "/roster", new Multipart()
                .file("file", "export.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)), null);
        assertThat(imported.status()).as("%s", imported).isEqualTo(200);
        JsonNode answers = cases.awaitGet(STAFF_A, "/api/registers/image-consent/check?q=rees" + tag,
                r -> r.status() == 200 && r.json().size() == 3 && !r.json().findValuesAsText("allowed").contains("")
                        && r.json().findValuesAsText("allowed").containsAll(List.of("NONE", "FIRST_NAME_ONLY")),
                "the MIS's consent in the check");
        assertThat(answers.findValuesAsText("allowed")).containsExactlyInAnyOrder("NONE", "FIRST_NAME_ONLY", "ALL");
        JsonNode register = api.get(DSL_A, "/api/registers/image-consent").json();
        List<String> sources = new java.util.ArrayList<>();
        register.forEach(e -> {
            if (e.path("pupilName").asText().endsWith("Rees" + tag)) {
                sources.add(e.path("source").asText());
            }
        });
        assertThat(sources).containsExactly("MIS_IMPORT", "MIS_IMPORT");

        // a value the MIS does not know refuses the whole file, naming the line
        Reply refused = api.upload(ADMIN, "/api/admin/settings/" + SETTING_A + "/roster", new Multipart()
                .file("file", "export.csv", "text/csv", ("UPN,Name,Role,Photo consent\nD" + tag + "1,Dylan Rees" + tag
                        + ",Pupil,maybe\n").getBytes(StandardCharsets.UTF_8)), null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.raw().body()).contains("Line 2: the image consent \\\"maybe\\\" is not one of");

        // Nia leaves: the next export has her no more, so her entry ends and its yearly review is asked of no one
        String nia = null;
        for (JsonNode e : api.get(DSL_A, "/api/registers/image-consent").json()) {
            if (e.path("pupilName").asText().equals("Nia Rees" + tag)) {
                nia = e.path("id").asText();
            }
        }
        assertThat(nia).as("Nia's entry").isNotNull();
        cases.awaitDeadline(DSL_A, nia, "CONSENT_REVIEW", "PENDING");
        Reply without = api.upload(ADMIN, "/api/admin/settings/" + SETTING_A + "/roster", new Multipart()
                .file("file", "export.csv", "text/csv", ("UPN,Forename,Surname,Role,Photo consent\n"
                        + "D" + tag + "1,Dylan,Rees" + tag + ",Pupil,No images\n"
                        + "D" + tag + "3,Owen,Rees" + tag + ",Pupil,\n").getBytes(StandardCharsets.UTF_8)), null);
        assertThat(without.status()).as("%s", without).isEqualTo(200);
        JsonNode ended = cases.awaitGet(DSL_A, "/api/registers/image-consent/" + nia, r -> r.status() == 200
                && r.json().path("state").asText().equals("ENDED"), "Nia's entry ended", java.time.Duration.ofSeconds(10));
        assertThat(ended.path("history").toString()).contains("The pupil left the setting");
        cases.awaitGet(DSL_A, "/api/deadlines?caseId=" + nia + "&kind=CONSENT_REVIEW", r -> r.status() == 200
                && !r.json().findValuesAsText("status").contains("PENDING"), "Nia's review cancelled",
                java.time.Duration.ofSeconds(10));
    }
}
