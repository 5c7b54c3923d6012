package uk.tidemark.app.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import org.openqa.selenium.By;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.command.deadline.WorkingCalendars;

import java.nio.file.Path;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * An administrator walks the administration pages in Chromium: adds a user (first with a form refused field by
 * field), gives them roles in a setting, adds a setting, closes a day on the calendar (and is refused a closure of a
 * weekend), and changes a timescale; every page and state passes axe with no console error, on a laptop and the
 * users list on a phone.
 */
@RunningApp
class AdminBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    AccountStore accounts;

    @Autowired
    WorkingCalendar calendar;
    @Autowired
    CaseFixture cases;
    @Autowired
    ApiClient api;
    @Autowired
    WorkingCalendars calendars;

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = new Chromium("http://localhost:" + port, "admin");
    }

    @AfterEach
    void close() {
        chromium.close();
    }

    @Test
    void anAdministratorAddsAUserGivesThemRolesInASettingAndClosesADay() {
        chromium.signIn(ADMIN, PASSWORD);
        chromium.open("/admin");
        assertThat(chromium.heading()).isEqualTo("Administration");
        chromium.check("admin-index");

        chromium.follow("Users");
        assertThat(chromium.text()).contains(DSL_A, "Dee Ess", "Alder School", "Trust-wide");
        chromium.check("users");

        chromium.follow("Add a user");
        chromium.press("Add user");
        assertThat(chromium.text()).contains("There is a problem", "Username is required.", "Full name is required.",
                "Roles must name at least one role.");
        chromium.check("user-new-refused");

        chromium.type("Username", "b.rowser");
        chromium.type("Full name", "Bea Rowser");
        chromium.tick("Staff or volunteer");
        chromium.tick("Birch School");
        chromium.press("Add user");
        assertThat(chromium.path()).isEqualTo("/admin/users/b.rowser");
        assertThat(chromium.text()).contains("The account b.rowser was created.", "Their password", "shown once");
        chromium.check("user-created");

        chromium.tick("Designated safeguarding lead");
        chromium.field("Staff or volunteer").click();
        chromium.tick("Alder School");
        chromium.field("Birch School").click();
        chromium.press("Save roles and settings");
        assertThat(chromium.text()).contains("The roles and settings were changed.").doesNotContain("Their password");
        chromium.check("user-access-changed");
        assertThat(chromium.text()).as("the DSL role waits for the headteacher (decision 0026)")
                .contains("Waiting for confirmation", "The headteacher of Alder School");
        assertThat(accounts.find("b.rowser").orElseThrow().roles()).isEmpty();
        assertThat(accounts.find("b.rowser").orElseThrow().settingIds()).containsExactly(SETTING_A);

        chromium.open("/admin/settings");
        chromium.check("settings");
        chromium.type("Name", "Cedar Centre");
        chromium.press("Add setting");
        assertThat(chromium.text()).contains("The setting Cedar Centre was added.", "cedar-centre");
        chromium.check("settings-added");

        chromium.open("/admin/calendar");
        chromium.check("calendar");
        LocalDate saturday = LocalDate.now(WorkingCalendar.UK).plusWeeks(1).with(java.time.DayOfWeek.SATURDAY);
        date(saturday);
        chromium.type("Reason", "INSET day");
        chromium.press("Save day");
        assertThat(chromium.text()).contains("There is a problem", "Date is a weekend");
        chromium.check("calendar-refused");
        LocalDate closure = calendar.workingDaysAfter(LocalDate.now(WorkingCalendar.UK), 10);
        date(closure);
        chromium.press("Save day");
        assertThat(chromium.text()).contains("is now closed", "INSET day");
        assertThat(calendar.isWorkingDay(closure)).as("the command side's calendar sees it").isFalse();
        chromium.check("calendar-closed");

        chromium.open("/admin/timescales");
        assertThat(chromium.text()).as("each rule in words, no property names").contains("No: fixed by the policy",
                "School days, which complaints count, are the working days in the setting's terms",
                "Until a setting's term dates are entered, its school days are its working days")
                .doesNotContain("tidemark.");
        chromium.check("timescales");
        chromium.choose("Timescale", "Complaints: Acknowledge a complaint (school days)");
        chromium.type("New value", "7");
        chromium.press("Change timescale");
        assertThat(chromium.text()).contains("The timescale was changed.");
        chromium.check("timescales-changed");

        chromium.viewport(Chromium.PHONE);
        chromium.open("/admin/users");
        chromium.check("users-phone");
        chromium.open("/admin/users/b.rowser");
        chromium.check("user-phone");
    }

    /**
     * The audit trail as a headteacher reads it (issue 16): each entry a sentence with people by name and the case
     * by reference, searched by person and by case, on a laptop and a phone; the stored request only for an
     * administrator.
     */
    @Test
    void aHeadteacherReadsTheAuditTrailAsSentencesAndSearchesItByPersonAndCase() {
        String id = cases.logCase(DSL_A, CaseFixture.caseBody());
        String reference = cases.awaitVersion(DSL_A, id, 0).path("reference").asText();
        assertThat(reference).isNotBlank();
        assertThat(api.get(DSL_B, "/api/incidents/" + id).status()).as("another school's lead").isEqualTo(404);

        chromium.signIn(HEAD_A, PASSWORD);
        chromium.open("/audit");
        assertThat(chromium.text()).contains("Dee Ess logged case " + reference, "Dee Ess opened case " + reference,
                "Bea Dee was refused case " + reference, "Hed Teach signed in");
        assertThat(chromium.driver().findElements(By.cssSelector("[data-username-shown]")))
                .as("the stored request is for administrators").isEmpty();
        chromium.check("audit-headteacher");

        chromium.type("Person", "bea dee");
        chromium.press("Search");
        assertThat(chromium.text()).contains("Bea Dee was refused case " + reference)
                .doesNotContain("Dee Ess opened", "Hed Teach signed in");
        chromium.check("audit-by-person");

        chromium.type("Person", "");
        chromium.type("Case", reference.toLowerCase(java.util.Locale.ROOT));
        chromium.press("Search");
        assertThat(chromium.text()).contains("Dee Ess logged case " + reference, "Bea Dee was refused case " + reference)
                .doesNotContain("Hed Teach signed in");
        chromium.check("audit-by-case");

        chromium.viewport(Chromium.PHONE);
        chromium.check("audit-by-case-phone");
        chromium.type("Person", "Nobody Here");
        chromium.press("Search");
        assertThat(chromium.text()).contains("There is a problem", "No one called Nobody Here uses Tidemark");
        chromium.check("audit-person-unknown-phone");
        chromium.viewport(Chromium.LAPTOP);
        chromium.signOut();

        chromium.signIn(ADMIN, PASSWORD);
        chromium.open("/audit?caseId=" + reference);
        assertThat(chromium.text()).contains("Bea Dee was refused case " + reference);
        chromium.driver().executeScript("document.querySelectorAll('details[data-username-shown]')"
                + ".forEach(d => d.open = true)");
        assertThat(chromium.text()).as("the raw request stays for administrators")
                .contains("GET /api/incidents/{id}", DSL_B);
        chromium.screenshot("audit-admin-request-open");
        chromium.driver().executeScript("document.querySelectorAll('details[data-username-shown]')"
                + ".forEach(d => d.open = false)"); // as the page opens: the stored values folded away
        chromium.check("audit-admin-request");
    }

    /**
     * Term dates per setting (decision 0048): a refused range, a Christmas holiday typed in day, month and year
     * boxes, a term-dates CSV imported for another setting; the complaint count sees each setting's own; the page at
     * laptop and phone size.
     */
    @Test
    void anAdministratorEntersEachSettingsTermDates() throws Exception {
        chromium.signIn(ADMIN, PASSWORD);
        chromium.open("/admin/term-dates?settingId=" + SETTING_A);
        assertThat(chromium.heading()).isEqualTo("Term dates");
        assertThat(chromium.text()).contains("Until a setting's term dates are entered, its school days are its "
                + "working days", "None yet: school days are working days.");
        chromium.check("term-dates");

        chromium.tick("Holiday");
        chromium.type("Name", "Christmas holiday");
        chromium.date("range", "First day", LocalDate.of(2026, 12, 19));
        chromium.dateBoxes("range", "Last day", "31", "2", "2027");
        chromium.press("Save term dates");
        assertThat(chromium.text()).contains("There is a problem", "Last day must be a real date.");
        chromium.check("term-dates-refused");
        chromium.date("range", "Last day", LocalDate.of(2027, 1, 3));
        chromium.press("Save term dates");
        assertThat(chromium.text()).contains("Christmas holiday (Saturday 19 December 2026 to Sunday 3 January 2027) "
                + "is saved for Alder School.", "Holiday");
        chromium.check("term-dates-saved");
        // five school days from Wednesday 16 December 2026: 17, 18 December, 4, 5, 6 January
        assertThat(calendars.schoolDaysAfter(SETTING_A, LocalDate.of(2026, 12, 16), 5))
                .isEqualTo(LocalDate.of(2027, 1, 6));

        chromium.choose("Setting", "Birch School");
        chromium.press("Show its term dates");
        Path csv = java.nio.file.Files.createTempFile("term-dates", ".csv");
        java.nio.file.Files.writeString(csv, "Kind,Name,First day,Last day\n"
                + "Term,Autumn term,02/09/2026,18/12/2026\n"
                + "Term,Spring term,11/01/2027,26/03/2027\n");
        chromium.field("csv", "The CSV file").sendKeys(csv.toAbsolutePath().toString());
        chromium.press("Import term dates");
        assertThat(chromium.text()).contains("The term dates were imported for Birch School: 2 ranges added.",
                "Autumn term", "Wednesday 2 September 2026 to Friday 18 December 2026", "Spring term");
        chromium.check("term-dates-imported");
        // Birch's spring term starts a week later: 17, 18 December, 11, 12, 13 January
        assertThat(calendars.schoolDaysAfter(SETTING_B, LocalDate.of(2026, 12, 16), 5))
                .isEqualTo(LocalDate.of(2027, 1, 13));

        chromium.viewport(Chromium.PHONE);
        chromium.open("/admin/term-dates?settingId=" + SETTING_A);
        chromium.check("term-dates-phone");
        chromium.open("/admin/timescales");
        chromium.check("timescales-phone");
    }

    /** The calendar's date, typed into its day, month and year boxes. */
    private void date(LocalDate date) {
        chromium.date("day", "Date", date);
    }
}
