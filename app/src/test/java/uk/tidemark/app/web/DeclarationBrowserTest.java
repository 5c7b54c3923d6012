package uk.tidemark.app.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.RunningApp;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The declaration form in a real Chromium on a 390 px phone, as a member of staff declaring a friend request from an
 * ex-pupil (seed 003): sent empty first, refused field by field, then made; then the DSL of the setting finds it on
 * the declarations page on a laptop and notes it. Every page passes axe with no console error.
 */
@RunningApp
class DeclarationBrowserTest {

    static final Dimension PHONE_390 = new Dimension(390, 844);

    @LocalServerPort
    int port;

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = new Chromium("http://localhost:" + port, "declarations");
    }

    @AfterEach
    void close() {
        chromium.close();
    }

    @Test
    void aMemberOfStaffDeclaresAContactOnAPhoneAndTheDslNotesIt() {
        chromium.signIn(STAFF_A, PASSWORD);
        chromium.follow("Registers"); // on a laptop: a phone folds the menu away
        chromium.check("registers-staff");
        assertThat(chromium.driver().findElement(By.id("registers")).getText())
                .as("a member of staff's registers").contains("Photo check", "Policies and training",
                        "Official accounts", "Declarations").doesNotContain("Low-level concerns", "Image consent");
        chromium.viewport(PHONE_390);
        chromium.check("registers-staff-phone");
        chromium.follow("Declarations");
        assertThat(chromium.path()).isEqualTo("/declarations");
        assertThat(chromium.text()).contains("You have made no declarations.");
        chromium.follow("Make a declaration");
        chromium.press("Make the declaration");
        assertThat(chromium.text()).contains("There is a problem");
        chromium.check("new-errors-phone");

        chromium.tick("Contact on a personal account");
        chromium.tick("Ex-pupil");
        chromium.type("Their name", "Jay Former");
        chromium.tick("Friend request");
        chromium.choose("Where?", "Instagram");
        LocalDate yesterday = LocalDate.now().minusDays(1);
        chromium.driver().findElement(By.name("contactOn-day")).sendKeys(String.valueOf(yesterday.getDayOfMonth()));
        chromium.driver().findElement(By.name("contactOn-month")).sendKeys(String.valueOf(yesterday.getMonthValue()));
        chromium.driver().findElement(By.name("contactOn-year")).sendKeys(String.valueOf(yesterday.getYear()));
        chromium.type("What did you do about it?", "Declined the request and blocked the account.");
        chromium.check("new-filled-phone");
        chromium.press("Make the declaration");
        assertThat(chromium.path()).startsWith("/declarations/").isNotEqualTo("/declarations/new");
        assertThat(chromium.text()).contains("Your declaration is made.", "Waiting to be noted", "Jay Former",
                "Friend request from an ex-pupil on Instagram");
        assertThat(chromium.text()).doesNotContain("Note the contact");
        String page = chromium.path();
        chromium.check("made-phone");
        chromium.signOut();

        chromium.viewport(Chromium.LAPTOP);
        chromium.signIn(DSL_A, PASSWORD);
        chromium.open("/declarations");
        assertThat(chromium.driver().findElement(By.id("contacts")).getText()).contains("Stan Staff",
                "Waiting to be noted");
        chromium.check("list-dsl");
        chromium.open(page);
        chromium.type("Note", "Talked it through with Stan; nothing more needed.");
        chromium.press("Note it");
        assertThat(chromium.driver().findElement(By.id("declaration-status")).getText()).isEqualTo("Noted");
        assertThat(chromium.text()).contains("The contact is noted.", "Dee Ess", "Log it as an incident");
        chromium.check("noted-dsl");
    }
}
