package uk.tidemark.app.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The sign-in pages and the frame every page shares, in a real Chromium: they render with GOV.UK Frontend's
 * styles and Tidemark's scripts under the content security policy (no console error), pass axe, and work on a
 * phone; a wrong password is refused in words beside the form, and signing out ends the session.
 */
@RunningApp
class SignInBrowserTest {

    @LocalServerPort
    int port;

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = new Chromium("http://localhost:" + port, "sign-in");
    }

    @AfterEach
    void close() {
        chromium.close();
    }

    @Test
    void aUserSignsInSeesTheirMenuAndSignsOut() {
        chromium.open("/login");
        assertThat(chromium.title()).isEqualTo("Sign in – Tidemark");
        chromium.check("sign-in");
        // GOV.UK Frontend's styles applied: the button is a styled govuk-button, not the browser's default
        String background = (String) chromium.driver().executeScript(
                "return getComputedStyle(document.querySelector('.govuk-button')).backgroundColor");
        assertThat(background).isEqualTo("rgb(0, 112, 60)");
        // its script ran under the content security policy
        assertThat((Boolean) chromium.driver().executeScript(
                "return document.body.classList.contains('govuk-frontend-supported')")).isTrue();

        chromium.type("Username", DSL_A);
        chromium.type("Password", "not the password");
        chromium.press("Sign in");
        assertThat(chromium.path()).isEqualTo("/login");
        assertThat(chromium.text()).contains("There is a problem", "Enter a correct username and password");
        chromium.check("sign-in-refused");

        chromium.signIn(DSL_A, PASSWORD);
        assertThat(chromium.path()).isEqualTo("/");
        assertThat(chromium.heading()).isEqualTo("Dashboard");
        assertThat(chromium.text()).contains("Dashboard", "Cases", "Deadlines", "Complaints", "Audit trail")
                .doesNotContain("HR register", "Administration");
        chromium.check("home-dsl");

        chromium.viewport(Chromium.PHONE);
        chromium.open("/");
        chromium.check("home-dsl-phone");
        chromium.viewport(Chromium.LAPTOP);

        chromium.signOut();
        assertThat(chromium.path()).isEqualTo("/login");
        assertThat(chromium.text()).contains("You have signed out.");
        chromium.open("/");
        assertThat(chromium.path()).as("signed out: back to sign-in").isEqualTo("/login");
    }

    @Test
    void withJavaScriptSwitchedOffSigningInStillWorks() {
        try (Chromium noScript = new Chromium("http://localhost:" + port, "sign-in-no-js", false)) {
            noScript.signIn(HEAD_A, PASSWORD);
            assertThat(noScript.path()).isEqualTo("/");
            assertThat(noScript.heading()).isEqualTo("Dashboard");
            assertThat(noScript.driver().findElement(org.openqa.selenium.By.tagName("body")).getAttribute("class"))
                    .as("no script ran").doesNotContain("govuk-frontend-supported");
            noScript.screenshot("home-no-js");
            noScript.signOut();
            assertThat(noScript.path()).isEqualTo("/login");
        }
    }

    @Test
    void anUnknownPageIsAPageNotFoundInTheFrame() {
        chromium.signIn(STAFF_A, PASSWORD);
        chromium.open("/no-such-page");
        assertThat(chromium.heading()).isEqualTo("Page not found");
        chromium.check("not-found");
    }
}
