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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * A record transfer in a real Chromium (issue 20, decision 0055): Alder School's DSL transfers a pupil's records to
 * Birch School from the person page (refused half-filled first), keeps the read-only record of what was sent, and
 * Birch School's DSL finds "Records to acknowledge" on the dashboard and acknowledges them on a 390 px phone. Every
 * page passes axe with no console error, no ISO date, no username.
 */
@RunningApp
class RecordTransferBrowserTest {

    static final Dimension PHONE_390 = new Dimension(390, 844);

    @LocalServerPort
    int port;
    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = new Chromium("http://localhost:" + port, "record-transfer");
    }

    @AfterEach
    void close() {
        chromium.close();
    }

    @Test
    void aPupilsRecordsAreTransferredAndTheReceiverAcknowledgesThem() {
        Map<String, Object> body = CaseFixture.caseBody();
        body.put("summary", "Messages sent to Robin Mover late at night.");
        body.put("people", List.of(Map.of("name", "Robin Mover", "role", "PUPIL", "involvement", "TARGET")));
        String incident = cases.logCase(DSL_A, body);
        String person = cases.awaitVersion(DSL_A, incident, 0).path("people").path(0).path("personId").asText();
        cases.awaitGet(DSL_A, "/api/people/" + person + "/chronology", r -> r.status() == 200, "the pupil");

        chromium.signIn(DSL_A, PASSWORD);
        chromium.open("/people/" + person);
        chromium.follow("Transfer this pupil's records");
        chromium.press("Transfer the records");
        assertThat(chromium.text()).contains("There is a problem");
        chromium.check("transfer-errors");
        chromium.tick("Birch School");
        chromium.date("The day the pupil starts at the new school", LocalDate.now());
        chromium.check("transfer-filled");
        chromium.press("Transfer the records");
        assertThat(chromium.text()).contains("The records are transferred", "Waiting for receipt", "Alder School",
                "Birch School", "this is your record of what you sent", "Cases sent");
        String page = chromium.path();
        chromium.check("sent");
        chromium.viewport(PHONE_390);
        chromium.check("sent-phone");
        chromium.signOut();

        chromium.viewport(Chromium.LAPTOP);
        chromium.signIn(DSL_B, PASSWORD);
        assertThat(chromium.text()).contains("Records to acknowledge");
        chromium.check("dashboard");
        chromium.viewport(PHONE_390);
        chromium.follow("A pupil's records were sent to you: acknowledge their receipt");
        assertThat(chromium.text()).contains("Records to acknowledge", "Robin Mover from Alder School");
        chromium.check("list-phone");
        chromium.follow("Robin Mover from Alder School");
        assertThat(chromium.path()).isEqualTo(page);
        chromium.check("to-acknowledge-phone");
        chromium.press("Acknowledge receipt");
        assertThat(chromium.text()).contains("The receipt is confirmed.", "Receipt confirmed", "Acknowledged by");
        chromium.check("acknowledged-phone");
        chromium.viewport(Chromium.LAPTOP);
        chromium.check("acknowledged");
    }
}
