package uk.tidemark.app.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The case page's Retention panel in a real Chromium, at laptop and phone (390 px) widths (decision 0052): the
 * review and why, a legal hold placed and lifted through its forms (an empty one comes back with its problem), the
 * destruction asked for by one lead and confirmed by another, to whom alone the confirmation is offered; then the
 * erased case's banner and no form at all.
 */
@RunningApp
class RetentionBrowserTest {

    private static final Dimension PHONE_390 = new Dimension(390, 844);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    CaseFixture cases;
    @Autowired
    ApiClient api;
    @LocalServerPort
    int port;

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = new Chromium("http://localhost:" + port, "retention");
    }

    @AfterEach
    void close() {
        chromium.close();
    }

    @Test
    void aLeadHoldsReleasesAndAsksAnotherConfirmsAndTheErasedCaseSaysSo() {
        String id = cases.logAndAwait(caseBody()).path("id").asText();
        assertThat(api.post(DSL_A, "/api/incidents/" + id + "/triage", Map.of("severity", "LOW",
                "reason", "Assessed")).status()).isEqualTo(204);
        assertThat(api.post(DSL_A, "/api/incidents/" + id + "/close", Map.of("outcome", "NO_FURTHER_ACTION",
                "rationale", "Resolved")).status()).isEqualTo(204);
        cases.awaitDeadline(DSL_A, id, "RETENTION_REVIEW", "PENDING");
        cases.awaitVersion(DSL_A, id, cases.storedVersion(id));

        chromium.viewport(Chromium.LAPTOP);
        chromium.signIn(DSL_A, PASSWORD);
        chromium.open("/cases/" + id);
        assertThat(chromium.text()).contains("Retention", "Review due",
                "It is an online-safety incident with no child protection element",
                "Source: IRMS Information Management Toolkit for Schools");
        assertThat(chromium.text()).doesNotContain("Confirm the destruction");
        chromium.check("review-due");

        chromium.reveal("Place a legal hold");
        chromium.submit("legalHold", "Place the legal hold");
        assertThat(chromium.text()).contains("There is a problem", "Reason is required.");
        chromium.check("hold-refused"); // the refused form's page, answered 400
        chromium.field("legalHold", "Why the case is held").sendKeys("Police investigation");
        chromium.submit("legalHold", "Place the legal hold");
        assertThat(chromium.text()).contains("The legal hold is placed.", "Legal hold", "Police investigation",
                "Held", "The review cannot end in destruction while the legal hold is placed.");
        assertThat(chromium.text()).doesNotContain("Ask for the destruction");
        chromium.check("held");
        chromium.viewport(PHONE_390);
        chromium.check("held-phone");

        chromium.viewport(Chromium.LAPTOP);
        chromium.reveal("Lift the legal hold");
        chromium.submit("liftHold", "Lift the legal hold");
        assertThat(chromium.text()).contains("There is a problem", "Reason is required.");
        chromium.check("lift-refused");
        chromium.field("liftHold", "Why lift it").sendKeys("Investigation closed");
        chromium.submit("liftHold", "Lift the legal hold");
        assertThat(chromium.text()).contains("The legal hold is lifted.");

        chromium.reveal("Ask for the destruction");
        chromium.tick("The retention period has ended");
        chromium.field("destruction", "Why destroy it now").sendKeys("Review found nothing to keep");
        chromium.submit("destruction", "Ask for the destruction");
        assertThat(chromium.text()).contains("Destruction is asked for.", "Destruction asked for",
                "Under the retention schedule: Review found nothing to keep");
        assertThat(chromium.text()).as("not to the lead who asked").doesNotContain("Confirm the destruction");
        chromium.check("asked");

        chromium.signOut();
        chromium.signIn(DEPUTY_A, PASSWORD);
        chromium.open("/cases/" + id);
        chromium.reveal("Confirm the destruction");
        chromium.check("confirm");
        chromium.submit("confirmation", "Destroy the personal content");
        String erasedOn = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(LocalDate.now(LONDON));
        assertThat(chromium.text()).contains("The case's personal content is destroyed.",
                "Personal content erased on " + erasedOn + " under the retention schedule",
                "Nothing more can be done on this case.");
        assertThat(chromium.text()).doesNotContain("Act on the case", "Reopen the case", "Place a legal hold");
        chromium.check("erased");
        chromium.viewport(PHONE_390);
        chromium.check("erased-phone");
    }
}
