package uk.tidemark.app.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.command.deadline.WorkingCalendar;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The official accounts pages in a real Chromium (issue 18): a member of staff asks for an account (the form first
 * sent empty, then with a password where the credentials' place goes, then right); the headteacher approves it,
 * gives a volunteer moderator access with a DBS check and ends their access; the password change then awaited is
 * recorded. Every page passes axe with no console error, no ISO date and no username, at laptop and phone widths.
 */
@RunningApp
class OfficialAccountPagesBrowserTest {

    private static final Dimension PHONE = new Dimension(390, 844);

    @LocalServerPort
    int port;

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = new Chromium("http://localhost:" + port, "official-account-pages");
    }

    @AfterEach
    void close() {
        chromium.close();
    }

    @Test
    void staffAskTheHeadteacherApprovesAndAModeratorLeaves() {
        chromium.signIn(STAFF_A, PASSWORD);
        chromium.open("/registers/official-accounts");
        assertThat(chromium.heading()).contains("Official accounts");
        chromium.check("register");

        chromium.follow("Ask for an account");
        chromium.press("Ask for the account");
        assertThat(chromium.text()).contains("There is a problem", "Platform is required.");
        chromium.check("request-errors");

        chromium.choose("Platform", "Instagram");
        chromium.type("Handle (the account's name on the platform)", "@pages_school");
        chromium.type("Address (the link to the account)", "https://instagram.com/pages_school");
        chromium.type("What the account is for", "Celebrating pupils' work");
        chromium.type("Who it is for", "Parents and carers");
        chromium.type("The lead's Tidemark username (who will run it)", STAFF_A);
        chromium.type("Where the credentials will be kept (never the password itself)", "Vault Pa55word!x");
        chromium.press("Ask for the account");
        assertThat(chromium.text()).contains("looks like a password");
        chromium.check("request-password-refused");
        chromium.type("Where the credentials will be kept (never the password itself)",
                "School password manager, vault Comms");
        chromium.press("Ask for the account");
        assertThat(chromium.path()).startsWith("/registers/official-accounts/").isNotEqualTo(
                "/registers/official-accounts/new");
        assertThat(status()).isEqualTo("Waiting for approval");
        assertThat(chromium.text()).doesNotContain("Approve the account"); // never the requester's to decide
        String page = chromium.path();
        chromium.check("requested");
        chromium.signOut();

        chromium.signIn(HEAD_A, PASSWORD);
        chromium.open(page);
        chromium.viewport(PHONE);
        chromium.check("waiting-phone");
        chromium.viewport(Chromium.LAPTOP);
        chromium.press("Approve");
        assertThat(status()).isEqualTo("Active");
        assertThat(chromium.text()).contains("The account is approved.", "Next review");
        chromium.check("approved");

        chromium.reveal("Give someone access");
        chromium.tick("Moderator");
        chromium.type("Name (a moderator without a Tidemark account)", "Val Volunteer");
        chromium.date("Date of their last DBS check (moderators)", LocalDate.now(WorkingCalendar.UK).minusMonths(3));
        chromium.press("Give access");
        assertThat(chromium.text()).contains("They are on the account.", "Val Volunteer", "DBS checked on");
        chromium.check("moderator");

        chromium.reveal("End their access: Val Volunteer");
        chromium.type("Why their access ends", "Stepped down as a volunteer");
        chromium.press("End their access");
        assertThat(chromium.text()).contains("Their access is ended.", "Password change due");
        chromium.viewport(PHONE);
        chromium.check("password-due-phone");
        chromium.viewport(Chromium.LAPTOP);

        // the lead, a member of staff without a deadline board, finds it on their home page, on a phone too
        String accountPage = chromium.path();
        chromium.signOut();
        chromium.signIn(STAFF_A, PASSWORD);
        chromium.open("/");
        assertThat(chromium.text()).contains("Needs attention", "Password change due")
                .doesNotContain("All open deadlines");
        chromium.check("staff-home-password-due");
        chromium.viewport(PHONE);
        chromium.check("staff-home-password-due-phone");
        chromium.viewport(Chromium.LAPTOP);
        chromium.signOut();
        chromium.signIn(HEAD_A, PASSWORD);
        chromium.open(accountPage);

        chromium.reveal("Record a password change");
        chromium.date("Date the password was changed", LocalDate.now(WorkingCalendar.UK));
        chromium.press("Record the change");
        assertThat(chromium.text()).contains("The password change is recorded.").doesNotContain("Password change due");
        chromium.check("password-changed");

        chromium.open("/registers/official-accounts");
        String register = chromium.driver().findElement(By.tagName("table")).getText();
        assertThat(register).contains("Instagram @pages_school", "Active");
        chromium.viewport(PHONE);
        chromium.check("register-phone");
    }

    private String status() {
        return chromium.driver().findElement(By.id("account-status")).getText();
    }
}
