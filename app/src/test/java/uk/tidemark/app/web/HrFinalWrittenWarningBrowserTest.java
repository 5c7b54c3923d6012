package uk.tidemark.app.web;

import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.web.disciplinary.HrFormat;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.kernel.time.WrittenDates;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Issue 5's story, HR's part, in a real Chromium: HR opens a disciplinary case from the HR register, appoints the
 * investigator, records the findings, is refused a hearing too soon (the case's own sentence, with the earliest
 * date, in the error summary), invites the employee with the notice the policy asks, records the hearing and
 * decides a final written warning, which then shows on the register as a live warning with its expiry. Every page
 * and state is checked with axe and for console errors, and the case page on a phone too.
 */
@RunningApp
class HrFinalWrittenWarningBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    WorkingCalendar calendar;
    @Value("${tidemark.disciplinary.hearing-notice-days:5}")
    int noticeDays;

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = new Chromium("http://localhost:" + port, "hr-final-written-warning");
    }

    @AfterEach
    void close() {
        chromium.close();
    }

    /** The message beside the hearing date, as one line. */
    private String inline() {
        return chromium.driver().findElement(By.id("hearing-invitation-hearingOn-error")).getText()
                .replaceAll("\\s+", " ");
    }

    @Test
    void hrRunsADisciplinaryCaseToAFinalWrittenWarning() {
        chromium.signIn(HR, PASSWORD);
        chromium.follow("HR register");
        assertThat(chromium.path()).isEqualTo("/hr");
        assertThat(chromium.heading()).isEqualTo("HR register");
        assertThat(chromium.text()).contains("There are no open disciplinary cases.", "There are no live written warnings.");
        chromium.check("register-empty");

        chromium.follow("Open a disciplinary case");
        assertThat(chromium.path()).isEqualTo("/hr/cases/new");
        chromium.check("open-form");
        chromium.press("Open the case");
        assertThat(chromium.title()).startsWith("Error: ");
        assertThat(chromium.text()).contains("There is a problem", "Employee's name is required.",
                "Allegation is required.", "Setting");
        chromium.check("open-form-errors");

        chromium.choose("Setting", "Alder School");
        chromium.type("Employee's name", "Sam Teacher");
        chromium.driver().findElement(By.id("open-teacher")).click(); // Yes
        chromium.driver().findElement(By.id("open-concernsHarmToChildren-2")).click(); // No
        chromium.type("Allegation", "Posted about a colleague on social media during a school trip.");
        chromium.press("Open the case");
        assertThat(chromium.path()).startsWith("/hr/cases/").isNotEqualTo("/hr/cases/new");
        assertThat(chromium.heading()).contains("Sam Teacher");
        assertThat(stage()).isEqualTo("Opened");
        assertThat(chromium.text()).contains("The disciplinary case is opened.", "Alder School", "Directly by HR.");
        chromium.check("case-opened");

        chromium.type("Investigator", "Ms Deputy Head");
        chromium.press("Appoint the investigator");
        assertThat(stage()).isEqualTo("Investigation");
        assertThat(chromium.text()).contains("The investigator is appointed.", "Ms Deputy Head");
        chromium.check("investigator-appointed");

        chromium.type("Findings", "The post was made from the employee's account; the employee accepts it.");
        chromium.press("Record the findings");
        assertThat(chromium.text()).contains("The investigation's findings are recorded.", "the employee accepts it");
        chromium.check("findings-recorded");

        // GOV.UK's date input on a phone: a box left empty is named, only it is marked, the summary's link lands
        // on it and the message beside the date is the summary's
        chromium.viewport(Chromium.PHONE);
        chromium.dateBoxes(null, "Hearing date", "14", "", "2026");
        chromium.press("Send the invitation");
        assertThat(chromium.title()).startsWith("Error: ");
        WebElement summary = chromium.driver().findElement(By.className("govuk-error-summary"));
        assertThat(summary.getText()).contains("Hearing date must include a month.");
        assertThat(summary.findElement(By.linkText("Hearing date must include a month.")).getAttribute("href"))
                .endsWith("#hearing-invitation-hearingOn-month");
        assertThat(inline())
                .isEqualTo("Error: Hearing date must include a month.");
        List<WebElement> boxes = chromium.dateInput(null, "Hearing date");
        assertThat(boxes).extracting(b -> b.getAttribute("class").contains("govuk-input--error"))
                .containsExactly(false, true, false);
        assertThat(boxes).extracting(b -> b.getAttribute("value")).containsExactly("14", "", "2026");
        chromium.check("hearing-date-month-missing-phone");
        chromium.dateBoxes(null, "Hearing date", "31", "2", "2027");
        chromium.press("Send the invitation");
        assertThat(inline())
                .isEqualTo("Error: Hearing date must be a real date.");
        assertThat(chromium.dateInput(null, "Hearing date"))
                .extracting(b -> b.getAttribute("class").contains("govuk-input--error"))
                .containsExactly(true, false, false);
        chromium.dateBoxes(null, "Hearing date", "", "", "");
        chromium.press("Send the invitation");
        assertThat(inline())
                .startsWith("Error: Enter the hearing date, for example ");
        chromium.check("hearing-date-empty-phone");
        chromium.viewport(Chromium.LAPTOP);

        // too soon: the case refuses, in its own words, with the earliest date it would accept
        LocalDate today = LocalDate.ofInstant(GenericEventMessage.clock.instant(), WorkingCalendar.UK);
        chromium.date("Hearing date", today.plusDays(1));
        chromium.tick("The invitation states the right to be accompanied");
        chromium.press("Send the invitation");
        String earliest = WrittenDates.day(calendar.workingDaysAfter(today, noticeDays));
        assertThat(chromium.title()).startsWith("Error: ");
        assertThat(chromium.driver().findElement(By.className("govuk-error-summary")).getText())
                .contains("A hearing needs at least " + noticeDays + " working days' notice; the earliest date it can "
                        + "be held is " + earliest + ".");
        assertThat(stage()).as("nothing changed").isEqualTo("Investigation");
        chromium.check("invitation-refused");

        // the form kept what was typed: only the date changes
        assertThat(chromium.field("The invitation states the right to be accompanied").isSelected()).isTrue();
        String hearingOn = calendar.workingDaysAfter(today, noticeDays + 1).toString();
        chromium.date("Hearing date", LocalDate.parse(hearingOn));
        chromium.type("Time of the hearing", "10:30");
        chromium.type("Where the hearing is held", "Meeting room 2, main office");
        chromium.press("Send the invitation");
        assertThat(stage()).isEqualTo("Hearing arranged");
        assertThat(chromium.text()).contains("The employee is invited to the hearing.",
                new HrFormat().day(LocalDate.parse(hearingOn)) + ", 10:30am", "Meeting room 2, main office");
        chromium.check("hearing-arranged");

        // issue 16: recorded as held today, before the day it was set for: refused beside the date, nothing changes
        chromium.type("Who accompanied the employee (optional)", "A union representative");
        chromium.press("Record the hearing");
        assertThat(chromium.title()).startsWith("Error: ");
        String refusal = "Date the hearing was held must not be before "
                + WrittenDates.day(LocalDate.parse(hearingOn)) + ", the day the hearing was set for";
        assertThat(chromium.driver().findElement(By.className("govuk-error-summary")).getText()).contains(refusal);
        assertThat(chromium.driver().findElement(By.id("hearing-heldOn-error")).getText()).contains("must not be before "
                + WrittenDates.day(LocalDate.parse(hearingOn)) + ", the day the hearing was set for");
        assertThat(stage()).as("nothing changed").isEqualTo("Hearing arranged");
        chromium.check("hearing-before-its-date-refused");
        chromium.viewport(Chromium.PHONE);
        chromium.check("hearing-before-its-date-refused-phone");
        chromium.viewport(Chromium.LAPTOP);
        chromium.dateBoxes(null, "Date the hearing was held", "", "", "");
        // a hearing is recorded as held on its date (decision 0027): the case acts as if that day had come
        TestClock.pretend(LocalDate.parse(hearingOn).atTime(10, 0).atZone(WorkingCalendar.UK).toInstant());
        try {
            chromium.press("Record the hearing");
        } finally {
            TestClock.reset();
        }
        assertThat(stage()).isEqualTo("Hearing held");
        assertThat(chromium.text()).contains("The hearing is recorded as held.", "A union representative");
        chromium.check("hearing-held");

        chromium.choose("Outcome", "Final written warning");
        chromium.type("Reasons for the outcome", "A serious breach of the staff code of conduct, accepted.");
        chromium.press("Decide the outcome");
        assertThat(stage()).isEqualTo("Outcome");
        assertThat(chromium.driver().findElement(By.id("standing-outcome")).getText()).isEqualTo("Final written warning");
        assertThat(chromium.text()).contains("The outcome is decided.", "Live until", "Lodge the employee's appeal");
        String casePath = chromium.path();
        chromium.check("final-written-warning");

        chromium.viewport(new Dimension(1280, 3200)); // the whole case, for review
        chromium.check("final-written-warning-whole");
        chromium.viewport(Chromium.PHONE);
        chromium.open(casePath);
        chromium.check("final-written-warning-phone");
        chromium.viewport(Chromium.LAPTOP);

        chromium.open("/hr");
        String warnings = chromium.driver().findElement(By.xpath("//table[caption[normalize-space(.)='Live written warnings']]"))
                .getText();
        assertThat(warnings).contains("Sam Teacher", "Alder School", "Final written warning");
        String open = chromium.driver().findElement(By.xpath("//table[caption[normalize-space(.)='Open cases']]")).getText();
        assertThat(open).contains("Sam Teacher", "Outcome", "Final written warning");
        chromium.check("register-with-warning");
    }

    /**
     * The stage the case page shows, described with the page's banner and error summary, so that a stage other
     * than the one expected says whether the action was refused or the page was shown before the case had it.
     */
    private String stage() {
        String stage = chromium.driver().findElement(By.id("case-stage")).getText();
        String banners = chromium.driver()
                .findElements(By.cssSelector(".govuk-notification-banner, .govuk-error-summary")).stream().map(e -> e.getText().replace('\n', ' ')).collect(java.util.stream.Collectors.joining(" | "));
        System.out.println("HR case page at " + chromium.path() + ": stage '" + stage + "'; " + banners);
        return stage;
    }
}
