package uk.tidemark.app.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.account.AccountStore;
import uk.tidemark.app.account.Role;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.ApiClient.Reply;
import uk.tidemark.app.fixture.RunningApp;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The confirmer's page in Chromium (decision 0026): an administrator gives two accounts a case role in Alder
 * School; the administrator's page of one says it is waiting for confirmation; the headteacher of Alder School sees
 * both on "Role changes", with who asked, for whom, which role and where, confirms one and declines the other with
 * a reason. Every state passes axe with no console error, on a laptop and on a phone.
 */
@RunningApp
class RoleGrantBrowserTest {

    @Autowired
    ApiClient api;
    @LocalServerPort
    int port;
    @Autowired
    AccountStore accounts;

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = new Chromium("http://localhost:" + port, "role-grants");
    }

    @AfterEach
    void close() {
        chromium.close();
    }

    @Test
    void theHeadteacherConfirmsOneRoleAndDeclinesAnotherOnALaptopAndAPhone() {
        for (String username : List.of("nia.dee", "omar.dee")) {
            Reply created = api.post(ADMIN, "/api/admin/users", Map.of("username", username, "displayName",
                    username.startsWith("nia") ? "Nia Newcomer" : "Omar Other", "password", PASSWORD,
                    "roles", List.of("STAFF", "DSL"), "settingIds", List.of(SETTING_A)));
            assertThat(created.status()).as("%s", created).isEqualTo(201);
        }

        chromium.signIn(ADMIN, PASSWORD);
        chromium.open("/admin/users/nia.dee");
        assertThat(chromium.text()).contains("Waiting for confirmation", "Designated safeguarding lead",
                "The headteacher of Alder School", "Ad Min");
        chromium.check("admin-user-waiting");
        chromium.open("/role-grants");
        assertThat(chromium.text()).contains("Nia Newcomer", "You asked for this change");
        assertThat(chromium.driver().findElements(By.xpath("//button[starts-with(normalize-space(.), 'Confirm')]")))
                .as("no Confirm button for the administrator who asked").isEmpty();
        chromium.check("admin-role-grants");
        chromium.signOut();

        chromium.signIn(HEAD_A, PASSWORD);
        chromium.follow("Role changes");
        assertThat(chromium.heading()).isEqualTo("Role changes waiting for confirmation");
        assertThat(chromium.text()).contains("Nia Newcomer", "Omar Other",
                "Designated safeguarding lead", "Alder School", "Ad Min", "The headteacher of Alder School")
                .as("people by name (issue 16)").doesNotContain("nia.dee", "omar.dee");
        chromium.check("head-laptop");
        chromium.viewport(Chromium.PHONE);
        chromium.open("/role-grants");
        chromium.check("head-phone");
        chromium.viewport(Chromium.LAPTOP);

        chromium.press("Confirm: Designated safeguarding lead for Nia Newcomer in Alder School");
        assertThat(chromium.text()).contains("You confirmed: Designated safeguarding lead for Nia Newcomer in Alder School.");
        assertThat(chromium.driver().findElements(By.xpath("//h2[normalize-space(.)='Nia Newcomer']")))
                .as("her card is gone").isEmpty();
        chromium.check("head-confirmed");
        assertThat(accounts.find("nia.dee").orElseThrow().roles()).contains(Role.DSL);

        String omar = api.get(HEAD_A, "/api/role-grants").json().get(0).path("grantId").asText();
        chromium.reveal("Decline: Designated safeguarding lead for Omar Other in Alder School");
        chromium.driver().findElement(By.id("decision-" + omar + "-reason")).sendKeys("Omar is not on the DSL rota");
        chromium.press("Decline this change: Designated safeguarding lead for Omar Other in Alder School");
        assertThat(chromium.text()).contains("You declined: Designated safeguarding lead for Omar Other in Alder School.",
                "There are no role changes waiting for confirmation.");
        chromium.viewport(Chromium.PHONE);
        chromium.check("head-declined-phone");
        assertThat(accounts.find("omar.dee").orElseThrow().roles()).containsExactly(Role.STAFF);
    }
}
