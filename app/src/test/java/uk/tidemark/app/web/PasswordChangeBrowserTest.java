package uk.tidemark.app.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.RunningApp;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * Decision 0024 in Chromium, on a laptop and a phone: a lead created by an administrator signs in with the one-time
 * password and lands on the change page, is refused a common password with the reason beside the field, chooses a
 * good one and reaches the dashboard; disabled by the administrator, their next page is the sign-in page saying why.
 * Every page and state passes axe with no console error.
 */
@RunningApp
class PasswordChangeBrowserTest {

    @Autowired
    ApiClient api;
    @LocalServerPort
    int port;

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = new Chromium("http://localhost:" + port, "password-change");
    }

    @AfterEach
    void close() {
        chromium.close();
    }

    @Test
    void aNewLeadChangesTheOneTimePasswordFirstAndIsSignedOutWhenDisabled() {
        Reply created = api.post(ADMIN, "/api/admin/users", Map.of("username", "new.lead", "displayName", "Lee Newlead",
                "roles", List.of("DSL"), "settingIds", List.of(SETTING_A)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String oneTime = created.json().path("oneTimePassword").asText();
        // the DSL role an administrator gives waits for the setting's headteacher (decision 0026)
        String grantId = api.get(ADMIN, "/api/admin/users/new.lead").json().path("waitingForConfirmation")
                .path("grantId").asText();
        assertThat(api.post(HEAD_A, "/api/role-grants/" + grantId + "/confirm", Map.of()).status()).isEqualTo(200);

        chromium.signIn("new.lead", oneTime);
        assertThat(chromium.path()).isEqualTo("/account/password");
        assertThat(chromium.text()).contains("Choose your own password before you carry on.");
        chromium.check("change-forced");
        chromium.open("/cases");
        assertThat(chromium.path()).as("nothing else before the change").isEqualTo("/account/password");

        chromium.type("The password you were given", oneTime);
        chromium.type("New password", "Password1234!");
        chromium.press("Change password");
        assertThat(chromium.title()).startsWith("Error:");
        assertThat(chromium.text()).contains("There is a problem", "New password is too easy to guess");
        chromium.check("change-refused");
        chromium.viewport(Chromium.PHONE);
        chromium.check("change-refused-phone");
        chromium.viewport(Chromium.LAPTOP);

        chromium.type("The password you were given", oneTime);
        chromium.type("New password", "kettle orbit tulip harbour");
        chromium.press("Change password");
        assertThat(chromium.path()).isEqualTo("/");
        assertThat(chromium.text()).contains("Your password was changed.", "Dashboard");
        chromium.check("changed-dashboard");

        chromium.follow("Change password");
        assertThat(chromium.text()).contains("Current password").doesNotContain("Choose your own password");
        chromium.viewport(Chromium.PHONE);
        chromium.check("change-page-phone");
        chromium.viewport(Chromium.LAPTOP);

        assertThat(api.post(ADMIN, "/api/admin/users/new.lead/enabled", Map.of("enabled", false)).status())
                .isEqualTo(200);
        chromium.open("/cases");
        assertThat(chromium.path()).isEqualTo("/login");
        assertThat(chromium.text()).contains("Your account has been disabled, so you were signed out.");
        chromium.check("signed-out-disabled");
        chromium.viewport(Chromium.PHONE);
        chromium.check("signed-out-disabled-phone");
    }
}
