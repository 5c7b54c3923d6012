package uk.tidemark.app.web.register.policy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.web.Chromium;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The policies' pages in a real Chromium: the headteacher publishes two policies through the form (first sent
 * empty, refused field by field); a member of staff is told on the home page, reads the first and acknowledges it on
 * a laptop, the second on a 390 px phone; the headteacher sees who has not acknowledged; the member of staff records
 * their own training. Every page passes axe with no console error, no ISO date and no username.
 */
@RunningApp
class PolicyPagesBrowserTest {

    private static final Dimension PHONE_390 = new Dimension(390, 844);

    @LocalServerPort
    int port;

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = new Chromium("http://localhost:" + port, "policy-pages");
    }

    @AfterEach
    void close() {
        chromium.close();
    }

    @Test
    void aMemberOfStaffReadsAndAcknowledgesPoliciesOnALaptopAndAPhone() {
        chromium.signIn(HEAD_A, PASSWORD);
        chromium.follow("Registers"); // the five registers of issue 18 are behind one menu entry
        chromium.follow("Policies and training");
        chromium.follow("Publish a policy");
        chromium.press("Publish the policy");
        assertThat(chromium.text()).contains("There is a problem", "Title is required.");
        chromium.check("publish-errors");
        publish("Social media policy", "Staff must not befriend pupils on personal accounts.\n\n"
                + "Report any contact from a pupil to the designated safeguarding lead.");
        assertThat(chromium.text()).contains("The policy is published.", "0 of");
        chromium.check("published");
        publish("Mobile phones policy", "Phones stay in lockers during lessons.");
        chromium.signOut();

        chromium.signIn(STAFF_A, PASSWORD);
        assertThat(chromium.text()).contains("You have 2 policies to read");
        chromium.check("home-two-to-read");
        chromium.follow("Read and acknowledge them");
        assertThat(chromium.path()).isEqualTo("/policies");
        chromium.check("to-read");
        chromium.driver().findElements(By.cssSelector("#to-read a")).get(1).click(); // "Social media policy"
        assertThat(chromium.heading()).contains("Social media policy");
        assertThat(chromium.driver().findElements(By.cssSelector("#policy-text p"))).hasSize(2);
        chromium.check("policy-laptop");
        chromium.press("I have read and understood this policy");
        assertThat(chromium.text()).contains("Your acknowledgement is recorded.", "You have acknowledged this version.");
        chromium.check("acknowledged-laptop");

        chromium.viewport(PHONE_390);
        chromium.open("/");
        assertThat(chromium.text()).contains("You have 1 policy to read");
        chromium.check("home-one-to-read-phone");
        chromium.follow("Read and acknowledge it");
        assertThat(chromium.heading()).contains("Mobile phones policy");
        chromium.check("policy-phone");
        chromium.press("I have read and understood this policy");
        assertThat(chromium.text()).contains("Your acknowledgement is recorded.");
        chromium.check("acknowledged-phone");
        chromium.open("/");
        assertThat(chromium.text()).contains("You have no policies to read.");

        chromium.open("/policies/training");
        chromium.type("Course", "Online safety");
        chromium.date("training", "Date completed", LocalDate.now().minusMonths(13));
        chromium.date("training", "Expiry date", LocalDate.now().minusMonths(1));
        chromium.press("Record the training");
        assertThat(chromium.text()).contains("The training is recorded.", "Online safety", "Expired");
        chromium.check("training-phone");
        chromium.viewport(Chromium.LAPTOP);
        chromium.signOut();

        chromium.signIn(HEAD_A, PASSWORD);
        assertThat(chromium.text()).contains("Social media policy, version 1: 1 of", "staff have their training in date");
        chromium.check("head-home");
        chromium.driver().findElement(By.xpath("//a[starts-with(normalize-space(.), 'who has not')]")).click();
        assertThat(chromium.text()).contains("Not acknowledged yet", "Acknowledged", "Stan Staff", "Dee Ess");
        chromium.check("head-who-has-not");

        chromium.follow("Publish a new version");
        chromium.check("new-version-form");
        chromium.type("Text of the policy", "Staff must not befriend pupils on any account.");
        chromium.press("Publish the new version");
        assertThat(chromium.text()).contains("The new version is published.", "version 2", "0 of");
        chromium.check("new-version-published");
    }

    private void publish(String title, String text) {
        chromium.open("/policies/new");
        chromium.type("Title", title);
        chromium.type("Text of the policy", text);
        chromium.date("Date it takes effect", LocalDate.now());
        chromium.tick("Staff or volunteer");
        chromium.tick("Designated safeguarding lead");
        chromium.press("Publish the policy");
        assertThat(chromium.heading()).contains(title);
    }
}
