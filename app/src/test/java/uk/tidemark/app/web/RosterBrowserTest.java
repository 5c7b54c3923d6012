package uk.tidemark.app.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The school list in a real Chromium (issue 15): the administrator imports the MIS's CSV on the setting's page; a
 * member of staff reports on a phone and picks the pupil from the list (with scripts, the list appears under the
 * name; without, the form comes back with it); the safeguarding lead finds one person with both reports.
 */
@RunningApp
class RosterBrowserTest {

    private static final String CSV = "UPN,Forename,Surname,Role,Year,Class\n"
            + "A100000000001,Bronwen,Hughes,Pupil,9,9H\n"
            + "A100000000002,Bryn,Hughes,Pupil,7,7C\n"
            + "T042,Rhys,Tutor,Staff,,\n";

    @LocalServerPort
    int port;
    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;

    @Test
    void theListIsImportedAPupilIsPickedFromItTwiceAndTheLeadSeesOnePerson() throws Exception {
        Path file = Files.createTempFile("roster", ".csv");
        Files.writeString(file, CSV, StandardCharsets.UTF_8);
        try (Chromium admin = new Chromium("http://localhost:" + port, "roster-admin")) {
            admin.viewport(Chromium.LAPTOP);
            admin.signIn(ADMIN, PASSWORD);
            admin.open("/admin/settings");
            admin.driver().findElement(By.xpath("//a[contains(normalize-space(.), 'Pupils and staff of Alder School')]"))
                    .click();
            assertThat(admin.heading()).isEqualTo("School list");
            admin.check("school-list-empty");
            admin.press("Import the list");
            assertThat(admin.text()).contains("There is a problem", "Choose the CSV file exported from your MIS.");
            admin.field("The CSV file").sendKeys(file.toString());
            admin.press("Import the list");
            assertThat(admin.text()).contains("The list was imported: 3 people joined.", "Pupils 2", "Staff 1");
            admin.check("school-list-imported");
            admin.field("The CSV file").sendKeys(file.toString());
            admin.press("Import the list");
            assertThat(admin.text()).contains("The list was already up to date: nothing changed (3 people as before).");
            admin.viewport(Chromium.PHONE);
            admin.check("school-list-phone");
        } finally {
            Files.deleteIfExists(file);
        }

        String first;
        try (Chromium staff = new Chromium("http://localhost:" + port, "roster-report")) {
            staff.viewport(Chromium.PHONE);
            staff.signIn(STAFF_A, PASSWORD);
            staff.open("/concerns/new");
            fillTheConcern(staff, "Unkind comments about a pupil in a group chat.");
            staff.type("Name", "bronwen");
            staff.press("Find on the school list"); // htmx: the list appears under the name
            assertThat(staff.text()).contains("Who on the school list do you mean?", "Bronwen Hughes",
                    "Pupil, Year 9, 9H", "None of these").doesNotContain("Bryn Hughes");
            staff.check("report-pick-from-list-phone");
            staff.tick("Bronwen Hughes");
            // the pick brings the role the school list knows (issue 16): not "Choose a role"
            assertThat(new org.openqa.selenium.support.ui.Select(staff.field("Role")).getFirstSelectedOption()
                    .getText()).isEqualTo("Pupil");
            staff.tick("Target");
            staff.press("concern-form", "Send report");
            assertThat(staff.text()).contains("Report sent");
            first = staff.path().substring("/concerns/".length());
        }

        String second;
        try (Chromium staff = new Chromium("http://localhost:" + port, "roster-report-no-script", false)) {
            staff.viewport(Chromium.LAPTOP);
            staff.signIn(STAFF_A, PASSWORD);
            staff.open("/concerns/new");
            fillTheConcern(staff, "A photo of a pupil posted without permission.");
            staff.type("Name", "Hughes");
            staff.press("Find on the school list"); // no scripts: the form comes back with the list
            assertThat(staff.text()).contains("Bronwen Hughes", "Bryn Hughes", "Pupil, Year 7, 7C");
            assertThat(staff.field("What did you see?").getAttribute("value"))
                    .as("what was typed is kept").contains("posted without permission");
            staff.screenshot("report-list-without-scripts");
            staff.tick("Bronwen Hughes");
            staff.tick("Target");
            staff.press("concern-form", "Send report");
            assertThat(staff.text()).contains("Report sent");
            second = staff.path().substring("/concerns/".length());
        }
        // without a script, the server gives the picked person the list's role
        assertThat(cases.awaitVersion(DSL_A, second, 0).path("people").get(0).path("role").asText())
                .isEqualTo("PUPIL");

        String bronwen = api.get(DSL_A, "/api/roster?q=bronwen").json().get(0).path("personId").asText();
        cases.awaitGet(DSL_A, "/api/people/" + bronwen + "/chronology", r -> r.status() == 200
                && r.json().path("cases").size() == 2, "Bronwen's two reports");
        try (Chromium dsl = new Chromium("http://localhost:" + port, "roster-person")) {
            dsl.viewport(Chromium.LAPTOP);
            dsl.signIn(DSL_A, PASSWORD);
            dsl.open("/cases/" + first);
            dsl.follow("Bronwen Hughes");
            assertThat(dsl.path()).isEqualTo("/people/" + bronwen);
            String page = dsl.text();
            String one = api.get(DSL_A, "/api/incidents/" + first).json().path("reference").asText();
            String two = api.get(DSL_A, "/api/incidents/" + second).json().path("reference").asText();
            assertThat(page).contains("Bronwen Hughes", one, two);
            dsl.check("one-person-two-reports");
            dsl.viewport(Chromium.PHONE);
            dsl.check("one-person-two-reports-phone");
        }
    }

    private static void fillTheConcern(Chromium staff, String summary) {
        staff.tick("Cyberbullying");
        staff.choose("Where did it happen?", "Instagram");
        staff.date("When did it happen?", LocalDate.now(ZoneId.of("Europe/London")).minusDays(1));
        staff.set(staff.field("Time"), "16:10");
        staff.type("What did you see?", summary);
    }
}
