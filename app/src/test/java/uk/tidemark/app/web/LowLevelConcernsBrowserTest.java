package uk.tidemark.app.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.kernel.lowlevel.LowLevelConcernsId;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The low-level concerns register in a real Chromium on a laptop, as the headteacher: three concerns about one
 * member of staff, the review due, recorded from the record's page (first sent empty, refused beside its fields).
 * Every page passes axe with no console error.
 */
@RunningApp
class LowLevelConcernsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = new Chromium("http://localhost:" + port, "low-level-concerns");
    }

    @AfterEach
    void close() {
        chromium.close();
    }

    @Test
    void theHeadteacherSeesThePatternAndRecordsTheReview() {
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = new LinkedHashMap<>(caseBody());
            body.put("category", "STAFF_MISUSE");
            body.put("summary", "Followed a Year 9 pupil from a personal account (" + (i + 1) + ").");
            body.put("people", List.of(Map.of("name", "Stan Staff", "role", "STAFF", "involvement", "SUBJECT",
                    "username", STAFF_A)));
            String incident = cases.logCase(DSL_A, body);
            cases.awaitVersion(DSL_A, incident, 0);
            assertThat(api.post(DSL_A, "/api/incidents/" + incident + "/triage", Map.of("severity", "LOW",
                    "reason", "Poor judgement", "allegationRoute", "LOW_LEVEL_CONCERN")).status()).isEqualTo(204);
        }
        String id = LowLevelConcernsId.of(SETTING_A, STAFF_A, "Stan Staff").value();
        cases.awaitDeadline(HEAD_A, id, "LOW_LEVEL_CONCERN_REVIEW", "PENDING");

        chromium.viewport(Chromium.LAPTOP);
        chromium.signIn(HEAD_A, PASSWORD);
        chromium.follow("Registers");
        chromium.follow("Low-level concerns");
        assertThat(chromium.path()).isEqualTo("/low-level-concerns");
        String register = chromium.driver().findElement(By.id("register")).getText();
        assertThat(register).contains("Stan Staff", "3 concerns", "Staff misuse of social media", "Review due");
        chromium.check("register-laptop");

        chromium.follow("Stan Staff");
        assertThat(chromium.heading()).contains("Stan Staff");
        assertThat(chromium.driver().findElement(By.id("concerns")).getText()).contains("Followed a Year 9 pupil");
        chromium.check("record-review-due");
        chromium.press("Record the review");
        assertThat(chromium.text()).contains("There is a problem");
        chromium.check("review-errors");
        chromium.tick("A conversation with the member of staff");
        chromium.type("Notes", "Spoke to Stan about following pupils; he has unfollowed them.");
        chromium.press("Record the review");
        assertThat(chromium.text()).contains("The review is recorded.", "Reviewed", "Hed Teach");
        chromium.check("reviewed");
    }
}
