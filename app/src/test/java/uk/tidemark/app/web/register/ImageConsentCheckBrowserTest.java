package uk.tidemark.app.web.register;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.Multipart;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.web.Chromium;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The image consent register in a real Chromium: the safeguarding lead, on a laptop, puts a pupil on the register
 * with no images; a member of staff about to post, on a 390 px phone, asks "may I post a photo of …?" and is
 * answered in words, names only: not allowed, allowed, and for a name on no roster, ask the DSL. Every page passes
 * axe, shows no ISO date, constant or username, and nothing on the phone is wider than the screen.
 */
@RunningApp
class ImageConsentCheckBrowserTest {

    private static final Dimension PHONE_390 = new Dimension(390, 844);

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @LocalServerPort
    int port;

    private final String tag = new Random().ints(5, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = new Chromium("http://localhost:" + port, "image-consent-check");
    }

    @AfterEach
    void close() {
        chromium.close();
    }

    @Test
    void theLeadRecordsAnOptOutAndStaffCheckOnAPhoneBeforePosting() {
        String surname = "Morgan" + tag;
        String csv = "UPN,Forename,Surname,Role,Year,Class\n"
                + "M" + tag + "1,Ela,"+ surname + ",Pupil,2,2M\n"
                + "M" + tag + "2,Osian," + surname + ",Pupil,4,4M\n";
        Reply imported = api.upload(ADMIN, "/api/admin/settings/" + SETTING_A + "/roster", new Multipart()
                .file("file", "export.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)), null);
        assertThat(imported.status()).as("%s", imported).isEqualTo(200);
        cases.awaitGet(DSL_A, "/api/roster?q=" + surname, r -> r.status() == 200 && r.json().size() == 2,
                "the pupils on the roster");

        // the lead, on a laptop: find Ela on the school list, no images, from the enrolment form
        chromium.viewport(Chromium.LAPTOP);
        chromium.signIn(DSL_A, PASSWORD);
        chromium.open("/registers/image-consent/new");
        assertThat(chromium.heading()).isEqualTo("Record a pupil's image consent");
        chromium.type("Find the pupil on the school list", "Ela " + surname);
        chromium.press("find", "Find");
        chromium.check("record-form");
        chromium.press("record", "Put the pupil on the register");
        assertThat(chromium.text()).contains("There is a problem");
        assertThat(chromium.title()).startsWith("Error: ");
        chromium.check("record-refused");
        chromium.tick("Ela " + surname);
        chromium.tick("No images");
        chromium.tick("The enrolment form");
        chromium.press("record", "Put the pupil on the register");
        assertThat(chromium.text()).contains("The pupil is on the register", "Ela " + surname, "No images",
                "The enrolment form", "Review by");
        assertThat(chromium.path()).startsWith("/registers/image-consent/");
        chromium.check("entry");
        chromium.open("/registers/image-consent");
        assertThat(chromium.text()).contains("Ela " + surname, "No images");
        chromium.check("register");
        chromium.signOut();

        // a member of staff, on a phone, before posting the class photo
        chromium.viewport(PHONE_390);
        chromium.signIn(STAFF_A, PASSWORD);
        chromium.open("/");
        assertThat(chromium.driver().findElement(org.openqa.selenium.By.xpath("//a[normalize-space(.)='Photo check']"))
                .getAttribute("href")).as("the menu leads there").endsWith("/registers/image-consent/check");
        chromium.open("/registers/image-consent/check");
        assertThat(chromium.heading()).isEqualTo("May I post a photo of …?");
        chromium.check("check-phone");
        assertNoSidewaysScroll();

        chromium.type("Pupil's name", surname);
        chromium.press("check", "Check");
        assertThat(chromium.text()).contains("Ela " + surname, "Not allowed", "Do not post any photo of Ela " + surname,
                "Osian " + surname, "You may post a photo of Osian " + surname);
        assertThat(chromium.text()).doesNotContain("Year 2", "2M"); // names only
        chromium.check("check-answers-phone");
        assertNoSidewaysScroll();

        chromium.type("Pupil's name", "Nobody" + tag);
        chromium.press("check", "Check");
        assertThat(chromium.text()).contains("Not on the roster: ask the DSL.");
        chromium.check("check-not-on-the-roster-phone");

        chromium.type("Pupil's name", "x");
        chromium.press("check", "Check");
        assertThat(chromium.text()).contains("There is a problem");
        chromium.check("check-refused-phone");
        assertNoSidewaysScroll();
    }

    private void assertNoSidewaysScroll() {
        Object wide = chromium.driver().executeScript("const w = document.documentElement.clientWidth;"
                + "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1"
                + " && !e.closest('.tidemark-table-scroll') && !e.closest('.govuk-visually-hidden'))"
                + ".map(e => e.tagName + '.' + e.className + '#' + e.id).slice(0, 5);");
        assertThat((List<?>) wide).as("elements wider than the phone on %s", chromium.path()).isEmpty();
    }
}
