package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The HR and complaint pages without JavaScript: plain form posts, each answered with a redirect to the case
 * (POST/redirect/GET) or the page again with its problems; the effect checked through the API. And who may see
 * them: the employee a case names (a headteacher under investigation) and a user of another setting get the 404
 * page, as for an unknown id; a safeguarding lead gets 403 on the HR pages.
 */
@RunningApp
class HrPagesHttpTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @LocalServerPort
    int port;

    @Test
    void hrOpensACaseAndActsOnItWithPlainForms() {
        Browser hr = signedIn(HR);
        Map<String, String> open = new LinkedHashMap<>(Map.of("settingId", SETTING_A, "employeeName", "Pat Porter",
                "teacher", "false", "concernsHarmToChildren", "false", "allegation", "Shared a pupil's photo."));
        HttpResponse<String> opened = hr.post("/hr/cases/new", open, hr.csrfOf("/hr/cases/new"));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(302);
        String casePath = Browser.location(opened);
        assertThat(casePath).matches("/hr/cases/[0-9a-f-]{36}");
        String id = casePath.substring("/hr/cases/".length());

        HttpResponse<String> page = hr.get(casePath);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Pat Porter", "The disciplinary case is opened.", "Appoint the investigator");

        // an action: investigator, with the version the page showed
        HttpResponse<String> appointed = hr.post(casePath + "/investigator",
                Map.of("investigator", "Mr Business Manager", "version", versionOn(page)), hr.csrfOf(casePath));
        assertThat(appointed.statusCode()).isEqualTo(302);
        assertThat(Browser.location(appointed)).isEqualTo(casePath);
        JsonNode afterAppointing = api.get(HR, "/api/disciplinary-cases/" + id).json();
        assertThat(afterAppointing.path("stage").asText()).isEqualTo("INVESTIGATION");
        assertThat(afterAppointing.path("investigator").asText()).isEqualTo("Mr Business Manager");
        page = hr.get(casePath);
        assertThat(page.body()).contains("The investigator is appointed.", "Mr Business Manager");

        // a second action, first sent empty: 400, the page again with the problem beside the field
        HttpResponse<String> empty = hr.post(casePath + "/findings", Map.of("version", versionOn(page)),
                hr.csrfOf(casePath));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("There is a problem", "href=\"#findings-findings\"", "govuk-error-message",
                "Findings is required.");
        HttpResponse<String> found = hr.post(casePath + "/findings",
                Map.of("findings", "The photo was shared in a staff chat.", "version", versionOn(page)),
                hr.csrfOf(casePath));
        assertThat(found.statusCode()).isEqualTo(302);
        assertThat(api.get(HR, "/api/disciplinary-cases/" + id).json().path("findings").asText())
                .isEqualTo("The photo was shared in a staff chat.");

        // the same form sent again from the page as it was before: the case has moved on, so it is refused (409)
        String stale = versionOn(page);
        HttpResponse<String> refused = hr.post(casePath + "/findings",
                Map.of("findings", "Something else.", "version", stale), hr.csrfOf(casePath));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("There is a problem", "This case has changed since you loaded it");
        assertThat(api.get(HR, "/api/disciplinary-cases/" + id).json().path("findings").asText())
                .isEqualTo("The photo was shared in a staff chat.");

        // a hand-made post without the version is refused before anything is sent
        HttpResponse<String> noVersion = hr.post(casePath + "/close", Map.of("rationale", "No case to answer."),
                hr.csrfOf(casePath));
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(api.get(HR, "/api/disciplinary-cases/" + id).json().path("stage").asText()).isEqualTo("INVESTIGATION");

        // closing asks first (decision 0047): a page of its own, then the same form with confirmed=yes
        String version = versionOn(hr.get(casePath));
        HttpResponse<String> asked = hr.post(casePath + "/close", Map.of("rationale", "No case to answer.",
                "version", version), hr.csrfOf(casePath));
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("Are you sure you want to close", "Yes, close the case",
                "No case to answer.", "name=\"confirmed\" value=\"yes\"");
        assertThat(api.get(HR, "/api/disciplinary-cases/" + id).json().path("stage").asText()).isEqualTo("INVESTIGATION");
        HttpResponse<String> closed = hr.post(casePath + "/close", Map.of("rationale", "No case to answer.",
                "version", version, "confirmed", "yes"), hr.csrfOf(casePath));
        assertThat(closed.statusCode()).isEqualTo(302);
        assertThat(api.get(HR, "/api/disciplinary-cases/" + id).json().path("stage").asText()).isEqualTo("CLOSED");
    }

    @Test
    void theEmployeeACaseNamesAndOtherSettingsGetTheNotFoundPageAndADslIsRefusedTheHrPages() {
        Browser hr = signedIn(HR);
        String aboutTheHead = openCase(hr, SETTING_A, HEAD_A);
        String inB = openCase(hr, SETTING_B, null);
        String inA = openCase(hr, SETTING_A, null);

        Browser head = signedIn(HEAD_A);
        assertThat(head.get("/hr/cases/" + inA).statusCode()).as("the head's own setting").isEqualTo(200);
        for (String hidden : new String[]{aboutTheHead, inB, "no-such-case"}) {
            HttpResponse<String> page = head.get("/hr/cases/" + hidden);
            assertThat(page.statusCode()).as(hidden).isEqualTo(404);
            assertThat(page.body()).contains("Page not found", "There is no disciplinary case with this id.")
                    .doesNotContain("An allegation.", "Employee of");
            HttpResponse<String> action = head.post("/hr/cases/" + hidden + "/investigator",
                    Map.of("investigator", "Me", "version", "0"), head.csrfOf("/hr"));
            assertThat(action.statusCode()).as("acting on " + hidden).isEqualTo(404);
        }
        assertThat(head.get("/hr").body()).contains(inA).doesNotContain(aboutTheHead).doesNotContain(inB);
        assertThat(api.get(HR, "/api/disciplinary-cases/" + aboutTheHead).json().path("investigator").isNull()).isTrue();

        Browser dsl = signedIn(DSL_A);
        assertThat(dsl.get("/hr").statusCode()).isEqualTo(403);
        assertThat(dsl.get("/hr/cases/" + inA).statusCode()).isEqualTo(403);

        // and a complaint of setting A is not there for the DSL of setting B
        HttpResponse<String> received = dsl.post("/complaints/new", Map.of("channel", "PHONE", "complainant",
                "A Neighbour", "summary", "Noise from the car park."), dsl.csrfOf("/complaints/new"));
        assertThat(received.statusCode()).as(received.body()).isEqualTo(302);
        String complaintPath = Browser.location(received);
        assertThat(dsl.get(complaintPath).statusCode()).isEqualTo(200);
        HttpResponse<String> other = signedIn(DSL_B).get(complaintPath);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).contains("There is no complaint with this id.").doesNotContain("A Neighbour");
    }

    @Test
    void aComplaintWalksToItsPanelAndClosesWithPlainForms() {
        Browser dsl = signedIn(DSL_A);
        HttpResponse<String> received = dsl.post("/complaints/new", Map.of("channel", "LETTER", "complainant",
                "A Grandparent", "summary", "A photo posted without consent."), dsl.csrfOf("/complaints/new"));
        assertThat(received.statusCode()).as(received.body()).isEqualTo(302);
        String path = Browser.location(received);
        String id = path.substring("/complaints/".length());
        awaitShownAsStored(dsl, path, "the new complaint");
        step(dsl, path, "acknowledgement", Map.of());
        step(dsl, path, "formal-stage", Map.of("reason", "Not resolved informally."));
        step(dsl, path, "formal-response", Map.of("findings", "The photo was up for a day.", "reasons",
                "Consent had lapsed.", "howToEscalate", "Write to the chair of governors."));
        step(dsl, path, "panel-request", Map.of("reason", "The complainant wants an apology."));
        // the panel's day is set ahead (decision 0047), then the hearing is recorded on or after it
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
        step(dsl, path, "panel-hearing-date", Map.of("hearingOn", today));
        assertThat(api.get(DSL_A, "/api/complaints/" + id).json().path("panel").path("hearingOn").asText())
                .isEqualTo(today);

        // the panel's members are one name per line; an empty form is refused beside both fields
        HttpResponse<String> page = dsl.get(path);
        HttpResponse<String> empty = dsl.post(path + "/panel-hearing", Map.of("version", versionOn(page)),
                dsl.csrfOf(path));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("href=\"#panel-hearing-heldOn\"", "href=\"#panel-hearing-panelMembers\"",
                "Panel members is required.");
        step(dsl, path, "panel-hearing", Map.of("heldOn", java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))
                .toString(), "panelMembers", "Gov One\r\n  \r\nGov Two\r\n"));
        JsonNode heard = api.get(DSL_A, "/api/complaints/" + id).json();
        assertThat(heard.path("panel").path("panelMembers").toString()).isEqualTo("[\"Gov One\",\"Gov Two\"]");
        step(dsl, path, "panel-decision", Map.of("decision", "PARTLY_UPHELD", "reasons", "An apology is due."));
        // closing asks first, on a page of its own that works without JavaScript (decision 0047)
        HttpResponse<String> asked = dsl.post(path + "/close", Map.of("rationale", "The panel has decided.",
                "version", versionOn(dsl.get(path))), dsl.csrfOf(path));
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("Are you sure you want to close", "Yes, close the complaint",
                "name=\"confirmed\" value=\"yes\"", "The panel has decided.");
        assertThat(api.get(DSL_A, "/api/complaints/" + id).json().path("stage").asText()).isEqualTo("PANEL");
        step(dsl, path, "close", Map.of("rationale", "The panel has decided.", "confirmed", "yes"));
        assertThat(api.get(DSL_A, "/api/complaints/" + id).json().path("stage").asText()).isEqualTo("CLOSED");
        assertThat(dsl.get("/complaints").body()).doesNotContain(id);
        assertThat(dsl.get("/complaints?all=true").body()).contains(id, "Closed");
    }

    /**
     * Issue 16, item 11 (decision 0049): a hearing invitation and a complaint's written response are generated from
     * their cases as PDFs whose text (read back with PDFBox) holds the cases' facts and the statutory wording, on
     * the trust's letterhead as an administrator edited it, and recording each as sent puts it in the history.
     */
    @Test
    void aHearingInvitationAndAComplaintResponseAreLettersWithTheCasesFactsAndTheirSendingIsInTheHistory()
            throws Exception {
        Browser admin = signedIn(ADMIN);
        HttpResponse<String> letterhead = admin.post("/admin/letters/letterhead", Map.of("trustId", "trust-1",
                "body", "{{organisation}}\nOak Lane, Riverton RV1 2AB"), admin.csrfOf("/admin/letters/letterhead?trust=trust-1"));
        assertThat(letterhead.statusCode()).as(letterhead.body()).isEqualTo(302);
        HttpResponse<String> unknown = admin.post("/admin/letters/hearing-invitation", Map.of("trustId", "trust-1",
                "body", "Dear {{employee}},"), admin.csrfOf("/admin/letters/hearing-invitation?trust=trust-1"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("uses {{employee}}, which is not a fact this letter can fill in");

        // an HR case to its hearing invitation, with a date, a time and a place
        String hr = api.post(HR, "/api/disciplinary-cases", Map.of("settingId", SETTING_A, "employeeName",
                "Robin Ashe", "teacher", false, "concernsHarmToChildren", false, "allegation",
                "Shared a pupil's photo in a staff chat group.")).json().path("id").asText();
        String d = "/api/disciplinary-cases/" + hr;
        assertThat(api.post(HR, d + "/investigator", Map.of("investigator", "Ms Deputy Head")).status()).isEqualTo(204);
        assertThat(api.post(HR, d + "/findings", Map.of("findings", "The photo was shared on 2 December.")).status())
                .isEqualTo(204);
        java.time.LocalDate on = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(21);
        ApiClient.Reply invited = api.post(HR, d + "/hearing-invitation", Map.of("hearingOn", on.toString(),
                "rightToBeAccompaniedStated", true, "hearingAt", "14:00", "place", "Meeting room 2, main office"));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(204);
        cases.awaitGet(HR, d, r -> r.json().path("stage").asText().equals("HEARING_ARRANGED"), "the invitation");

        String invitation = pdfText(HR, d + "/letters/hearing-invitation");
        assertThat(invitation.replaceAll("\\s+", " ")).contains("Alder School", "Oak Lane, Riverton RV1 2AB",
                "Dear Robin Ashe", "Shared a pupil's photo in a staff chat group.",
                uk.tidemark.kernel.time.WrittenDates.day(on), "2:00pm", "Meeting room 2, main office",
                "The photo was shared on 2 December.",
                "statutory right to be accompanied at the hearing by a trade union representative or a work colleague",
                "working days' notice of the hearing");
        assertThat(api.download(HR, d + "/letters/complaint-response").statusCode()).as("not an HR case's letter")
                .isEqualTo(404);
        assertThat(api.post(HR, d + "/letters/hearing-invitation", Map.of()).status()).isEqualTo(204);
        JsonNode sent = cases.awaitGet(HR, d, r -> r.json().path("history").toString()
                .contains("Letter sent: Invitation to a disciplinary hearing"), "the letter in the history");
        assertThat(sent.path("history").toString()).contains("DISCIPLINARY_LETTER_SENT");

        // a complaint to its written response
        String complaint = api.post(DSL_A, "/api/complaints", Map.of("settingId", SETTING_A, "channel", "EMAIL",
                "complainant", "Jo Parent", "summary", "My child's photo was posted without consent.")).json()
                .path("id").asText();
        String c = "/api/complaints/" + complaint;
        assertThat(api.post(DSL_A, c + "/acknowledgement", Map.of()).status()).isEqualTo(204);
        assertThat(api.post(DSL_A, c + "/formal-stage", Map.of("reason", "Not resolved informally.")).status())
                .isEqualTo(204);
        assertThat(api.post(DSL_A, c + "/letters/complaint-response", Map.of()).status())
                .as("no response to send yet").isEqualTo(409);
        assertThat(api.post(DSL_A, c + "/formal-response", Map.of("findings", "The photo was up for a day.",
                "reasons", "Consent had lapsed; the photo was removed.",
                "howToEscalate", "write to the clerk to the governors within 10 school days.")).status())
                .isEqualTo(204);
        cases.awaitGet(DSL_A, c, r -> !r.json().path("formal").path("respondedAt").isNull(), "the response");
        String response = pdfText(DSL_A, c + "/letters/complaint-response");
        assertThat(response.replaceAll("\\s+", " ")).contains("Alder School", "Dear Jo Parent",
                "My child's photo was posted without consent.", "The photo was up for a day.",
                "Consent had lapsed; the photo was removed.",
                "heard by a panel of governors or trustees, at least one of whom is independent",
                "write to the clerk to the governors within 10 school days.");
        assertThat(api.post(DSL_A, c + "/letters/complaint-response", Map.of()).status()).isEqualTo(204);
        cases.awaitGet(DSL_A, c, r -> r.json().path("history").toString()
                .contains("Letter sent: Written response to the complaint"), "the letter in the history");
    }

    private String pdfText(String user, String path) throws java.io.IOException {
        HttpResponse<byte[]> pdf = api.download(user, path);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    /** One step of a complaint from its page: the form as the page has it, answered by a redirect to the page. */
    private void step(Browser browser, String path, String action, Map<String, String> fields) {
        HttpResponse<String> page = browser.get(path);
        assertThat(page.body()).as("the %s form on the page", action).contains("action=\"" + path + "/" + action + "\"");
        Map<String, String> form = new LinkedHashMap<>(fields);
        String version = versionOn(page);
        form.put("version", version);
        HttpResponse<String> done = browser.post(path + "/" + action, form, browser.csrfOf(path));
        assertThat(done.statusCode()).as("%s: %s", action, done.body()).isEqualTo(302);
        assertThat(Browser.location(done)).isEqualTo(path);
        awaitShownAsStored(browser, path, action);
    }

    /**
     * The page waits a bounded time for the read model; on a loaded machine it can still show an earlier version
     * (a command may store several events: a step and the deadline it sets), and the next form would then be stale
     * (409, rightly): wait as a person would, by reloading, until the page shows the complaint as it is stored.
     */
    private void awaitShownAsStored(Browser browser, String path, String what) {
        String id = path.substring("/complaints/".length());
        org.awaitility.Awaitility.await(what + " shown on the page").atMost(java.time.Duration.ofSeconds(20))
                .pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> {
                    Matcher shown = VERSION.matcher(browser.get(path).body());
                    // a closed complaint offers no form, so no version: the close is shown
                    return !shown.find() || Long.parseLong(shown.group(1)) == cases.storedVersion(id);
                });
    }

    private String openCase(Browser hr, String setting, String employeeUsername) {
        Map<String, String> form = new LinkedHashMap<>(Map.of("settingId", setting, "employeeName", "Employee of " + setting,
                "teacher", "true", "concernsHarmToChildren", "false", "allegation", "An allegation."));
        if (employeeUsername != null) {
            form.put("employeeUsername", employeeUsername);
        }
        HttpResponse<String> opened = hr.post("/hr/cases/new", form, hr.csrfOf("/hr/cases/new"));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(302);
        return Browser.location(opened).substring("/hr/cases/".length());
    }

    private Browser signedIn(String user) {
        Browser browser = new Browser("http://localhost:" + port);
        assertThat(browser.signIn(user, PASSWORD).statusCode()).isEqualTo(302);
        return browser;
    }

    private static String versionOn(HttpResponse<String> page) {
        Matcher m = VERSION.matcher(page.body());
        assertThat(m.find()).as("a version field on the page").isTrue();
        return m.group(1);
    }
}
