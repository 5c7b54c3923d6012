package uk.tidemark.app.web;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.command.deadline.WorkingCalendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Issue 5's whole story in one running Tidemark, through its pages in a real Chromium, every page checked with
 * axe and for console errors and saved under target/screenshots/whole-story/: a member of staff reports a concern
 * about a colleague on a phone; the safeguarding lead sees it on the dashboard, triages it, warns, escalates to the
 * police, refers the colleague to HR and closes the case; HR runs the disciplinary case to a final written warning;
 * a trustee opens the quarterly report, where every count of this one case reads "fewer than 5", and downloads its
 * PDF and CSV.
 */
@RunningApp
class WholeStoryBrowserTest {

    private static final String SUMMARY = "A teacher posted photos of Year 7 pupils on a personal Instagram account.";

    @Autowired
    CaseFixture cases;
    @LocalServerPort
    int port;

    @Autowired
    WorkingCalendar calendar;
    @Value("${tidemark.disciplinary.hearing-notice-days:5}")
    int noticeDays;

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = new Chromium("http://localhost:" + port, "whole-story");
    }

    @AfterEach
    void close() {
        chromium.close();
    }

    @Test
    void fromAConcernOnAPhoneToTheTrusteesReport() {
        String caseId = staffReportsOnAPhone();
        leadWorksTheCase(caseId);
        hrGivesAFinalWrittenWarning();
        trusteeReadsAndDownloadsTheReport();
    }

    private String staffReportsOnAPhone() {
        chromium.viewport(Chromium.PHONE);
        chromium.signIn(STAFF_A, PASSWORD);
        chromium.check("staff-home-phone");
        chromium.open("/concerns/new");
        chromium.check("concern-form-phone");
        chromium.tick("Staff misuse of social media");
        chromium.choose("Where did it happen?", "Instagram");
        chromium.date("When did it happen?", LocalDate.now(ZoneId.of("Europe/London")).minusDays(1));
        chromium.set(chromium.field("Time"), "08:45");
        chromium.type("What did you see?", SUMMARY);
        chromium.type("Name", "Sam Teacher");
        chromium.choose("Role", "Member of staff");
        chromium.tick("Subject");
        chromium.submit("concern-form", "Send report");
        assertThat(chromium.text()).contains("Report sent");
        String id = chromium.path().substring("/concerns/".length());
        chromium.check("concern-sent-phone");
        chromium.signOut();
        chromium.viewport(Chromium.LAPTOP);
        return id;
    }

    private void leadWorksTheCase(String id) {
        chromium.signIn(DSL_A, PASSWORD);
        cases.awaitVersion(DSL_A, id, 0);
        chromium.open("/");
        String waiting = chromium.driver().findElement(By.id("new-title")).findElement(By.xpath("..")).getText();
        assertThat(waiting).as("the dashboard's new and unacknowledged cases").contains("Staff misuse", "Alder School");
        chromium.check("dashboard");
        chromium.open("/cases/" + id);
        assertThat(chromium.text()).contains(SUMMARY);
        chromium.check("case-new");

        chromium.reveal("Triage the case");
        chromium.field("triage", "High").click();
        chromium.field("triage", "Reason").sendKeys("Images of pupils shared without consent by a member of staff");
        chromium.submit("triage", "Save triage");
        assertThat(chromium.text()).contains("The case is triaged.");
        chromium.check("case-triaged");

        chromium.reveal("Warn a person");
        pick(chromium.field("warning", "Person warned"), "Sam Teacher");
        chromium.field("warning", "Written").click();
        new Select(chromium.field("warning", "How it was given")).selectByVisibleText("Meeting");
        chromium.field("warning", "What the warning says").sendKeys("Take the photos down today.");
        chromium.submit("warning", "Record the warning");
        assertThat(chromium.text()).contains("The warning is recorded.");
        chromium.check("case-warned");

        chromium.reveal("Escalate to the police");
        new Select(chromium.field("police", "Criminal activity suspected")).selectByVisibleText("Indecent images");
        chromium.field("police", "Police force").sendKeys("Test Constabulary");
        chromium.submit("police", "Escalate to the police");
        assertThat(chromium.text()).contains("The case is escalated to the police.");
        chromium.check("case-escalated");

        chromium.reveal("Refer a member of staff to HR");
        pick(chromium.field("disciplinary", "Member of staff"), "Sam Teacher");
        chromium.driver().findElement(By.id("disciplinary-teacher")).click(); // Yes
        chromium.driver().findElement(By.id("disciplinary-concernsHarmToChildren")).click(); // Yes
        chromium.field("disciplinary", "The allegation, as HR should read it")
                .sendKeys("Shared photos of pupils on a personal social media account.");
        chromium.submit("disciplinary", "Refer to HR");
        assertThat(chromium.text()).doesNotContain("There is a problem");
        chromium.check("case-referred");

        chromium.reveal("Close the case");
        new Select(chromium.field("close", "Outcome")).selectByVisibleText("Disciplinary action");
        chromium.field("close", "Rationale").sendKeys("Photos removed; police informed; HR is taking it forward.");
        chromium.submit("close", "Continue");
        // the check before closing (decision 0044); then the close itself
        assertThat(chromium.heading()).contains("Check before you close the case");
        chromium.press("Close the case");
        assertThat(chromium.text()).contains("The case is closed.");
        chromium.check("case-closed");
        chromium.signOut();
    }

    private void hrGivesAFinalWrittenWarning() {
        chromium.signIn(HR, PASSWORD);
        cases.awaitGet(HR, "/api/hr-register", r -> r.raw().body().contains("Sam Teacher"), "the referred HR case");
        chromium.open("/hr");
        chromium.check("hr-register");
        chromium.go("Sam Teacher");
        assertThat(chromium.heading()).contains("Sam Teacher");
        chromium.check("hr-case-referred");

        chromium.type("Investigator", "Ms Deputy Head");
        chromium.press("Appoint the investigator");
        chromium.type("Findings", "The employee posted the photos and has removed them.");
        chromium.press("Record the findings");
        LocalDate today = LocalDate.now(WorkingCalendar.UK);
        LocalDate hearingOn = calendar.workingDaysAfter(today, noticeDays + 1);
        chromium.date("Hearing date", hearingOn);
        chromium.tick("The invitation states the right to be accompanied");
        chromium.press("Send the invitation");
        chromium.check("hr-hearing-arranged");
        // a hearing is recorded as held on its date (decision 0027): the case acts as if that day had come
        TestClock.pretend(hearingOn.atTime(10, 0).atZone(WorkingCalendar.UK).toInstant());
        try {
            chromium.press("Record the hearing");
        } finally {
            TestClock.reset();
        }
        chromium.choose("Outcome", "Final written warning");
        chromium.type("Reasons for the outcome", "A serious breach of the code of conduct on pupils' images.");
        chromium.press("Decide the outcome");
        assertThat(chromium.driver().findElement(By.id("standing-outcome")).getText()).isEqualTo("Final written warning");
        chromium.check("hr-final-written-warning");
        chromium.open("/hr");
        assertThat(chromium.text()).contains("Live written warnings", "Final written warning");
        chromium.check("hr-register-warning");
        chromium.signOut();
    }

    private void trusteeReadsAndDownloadsTheReport() {
        cases.awaitGet(TRUSTEE, "/api/reports/quarterly", r -> r.raw().body().contains("FINAL_WRITTEN_WARNING")
                || r.raw().body().contains("Final written warning"), "the report counting the warning");
        chromium.signIn(TRUSTEE, PASSWORD);
        chromium.check("trustee-home");
        chromium.go("Quarterly report");
        assertThat(chromium.text()).contains("Cases logged", "Referred to the police", "fewer than 5")
                .doesNotContain("Sam Teacher", SUMMARY);
        chromium.check("quarterly-report");

        byte[] pdf = download("Download the PDF for the board pack");
        assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        String text = pdfText(pdf);
        assertThat(text).contains("Cases logged", "Referred to the police", "fewer than 5").doesNotContain("Sam Teacher");

        String csv = new String(download("Download the figures as CSV"), StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isGreaterThan(10);
        assertThat(csv).contains("fewer than 5").doesNotContain("Sam Teacher").doesNotContain(SUMMARY);
    }

    /** Chooses the option whose words include {@code words} (options name a person with their role). */
    private static void pick(org.openqa.selenium.WebElement select, String words) {
        Select options = new Select(select);
        String option = options.getOptions().stream().map(org.openqa.selenium.WebElement::getText)
                .filter(t -> t.contains(words)).findFirst().orElseThrow(() -> new AssertionError("no option " + words));
        options.selectByVisibleText(option);
    }

    /** A download link's file, fetched in the page's own signed-in session, as the browser's download would be. */
    @SuppressWarnings("unchecked")
    private byte[] download(String linkText) {
        String href = chromium.driver().findElement(By.linkText(linkText)).getAttribute("href");
        Map<String, Object> got = (Map<String, Object>) chromium.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(async r => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  let binary = '';
                  for (let i = 0; i < bytes.length; i += 8192) {
                    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
                  }
                  done({status: r.status, body: btoa(binary)});
                }).catch(e => done({status: -1, body: ''}));
                """, href);
        assertThat(((Number) got.get("status")).intValue()).as("%s answers", linkText).isEqualTo(200);
        return Base64.getDecoder().decode((String) got.get("body"));
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
