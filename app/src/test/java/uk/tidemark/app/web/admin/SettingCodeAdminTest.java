package uk.tidemark.app.web.admin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.app.web.Browser;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.assertProblem;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * An administrator changes the code a setting's references begin with (decision 0038): 2 to 4 letters, unique in the
 * trust, refused on the field otherwise; new cases are numbered under the new code, old references stay.
 */
@RunningApp
class SettingCodeAdminTest {

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;
    @LocalServerPort
    int port;

    @Test
    void aSettingsCodeIsMadeFromItsNameAndAnAdministratorMayChangeIt() {
        // made from "Alder School" (the other tests change only setting B's)
        assertThat(codeOf(SETTING_A)).isEqualTo("AS");
        String before = cases.logAndAwait(caseBody()).path("reference").asText();
        assertThat(before).startsWith("AS-");

        ApiClient.Reply changed = api.post(ADMIN, "/api/admin/settings/code", Map.of("settingId", SETTING_A,
                "code", "ald"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().path("code").asText()).isEqualTo("ALD");
        String after = cases.logAndAwait(caseBody()).path("reference").asText();
        assertThat(after).startsWith("ALD-").endsWith("-0001");
    }

    @Test
    void aCodeThatIsNotTwoToFourLettersOrIsAnotherSettingsIsRefusedOnTheField() {
        for (String bad : new String[]{"A", "ABCDE", "A1", "A-B"}) {
            assertThat(assertProblem(api.post(ADMIN, "/api/admin/settings/code", Map.of("settingId", SETTING_A,
                    "code", bad)), 400).toString()).as(bad).contains("\"code\"", "2 to 4 letters");
        }
        String taken = codeOf(SETTING_B);
        assertThat(assertProblem(api.post(ADMIN, "/api/admin/settings/code", Map.of("settingId", SETTING_A,
                "code", taken)), 400).toString()).contains("\"code\"", "another setting");
        assertProblem(api.post(DSL_A, "/api/admin/settings/code", Map.of("settingId", SETTING_A, "code", "XY")), 403);
    }

    @Test
    void theSettingsPageShowsEachCodeAndChangesItWithAForm() {
        Browser admin = new Browser("http://localhost:" + port);
        assertThat(admin.signIn(ADMIN, PASSWORD).statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/settings").body()).contains("Reference code", "Change a setting's reference code");
        HttpResponse<String> refused = admin.submit("/admin/settings", "/admin/settings/code",
                Map.of("settingId", SETTING_B, "code", "B"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("There is a problem", "must be 2 to 4 letters");
        HttpResponse<String> saved = admin.submit("/admin/settings", "/admin/settings/code",
                Map.of("settingId", SETTING_B, "code", "BIR"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(admin.get("/admin/settings").body()).contains("begin with BIR", "<code>BIR</code>");
    }

    private String codeOf(String settingId) {
        for (var setting : api.get(ADMIN, "/api/admin/settings").json()) {
            if (setting.path("id").asText().equals(settingId)) {
                return setting.path("code").asText();
            }
        }
        throw new AssertionError("no setting " + settingId);
    }
}
