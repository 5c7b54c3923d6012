package uk.tidemark.app.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * A subject access request in a real Chromium (issue 19): the DSL finds the pupil by name, receives the request
 * (refused empty first), starts the review, redacts words of an entry on a 390 px phone, and releases the bundle on a
 * laptop. Every page passes axe with no console error, no ISO date, no username.
 */
@RunningApp
class SubjectAccessBrowserTest {

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
        chromium = new Chromium("http://localhost:" + port, "subject-access");
    }

    @AfterEach
    void close() {
        chromium.close();
    }

    @Test
    void theDslReceivesReviewsRedactsAndReleasesARequest() {
        Map<String, Object> body = CaseFixture.caseBody();
        body.put("summary", "Sam Smith posted comments about Alex Pupil after school.");
        body.put("people", List.of(Map.of("name", "Alex Pupil", "role", "PUPIL", "involvement", "TARGET"),
                Map.of("name", "Sam Smith", "role", "PUPIL", "involvement", "SUBJECT")));
        String incident = cases.logCase(DSL_A, body);
        cases.awaitVersion(DSL_A, incident, 0);
        assertThat(api.post(DSL_A, "/api/incidents/" + incident + "/notes",
                Map.of("text", "Called home; the neighbour's number is 07700 900456.")).status()).isEqualTo(201);
        cases.awaitVersion(DSL_A, incident, 1);

        chromium.signIn(DSL_A, PASSWORD);
        chromium.follow("Registers");
        chromium.follow("Subject access requests");
        assertThat(chromium.text()).contains("There are no subject access requests.");
        chromium.check("list-empty");
        chromium.follow("New subject access request");
        chromium.type("Find the person by name", "Alex");
        chromium.press("Find");
        assertThat(chromium.text()).contains("Alex Pupil", "Named on 1 case");
        chromium.press("Receive the request");
        assertThat(chromium.text()).contains("There is a problem");
        chromium.check("new-errors");
        chromium.tick("Alex Pupil");
        chromium.date("When the request was received", LocalDate.now().minusDays(1));
        chromium.type("Who asked", "Jo Pupil, mother");
        chromium.check("new-filled");
        chromium.press("Receive the request");
        assertThat(chromium.text()).contains("The request is received", "Jo Pupil, mother", "Response due");
        String page = chromium.path();
        chromium.check("received");

        chromium.press("Start the review");
        assertThat(chromium.text()).contains("Records found", "another pupil", "07700 900456");
        chromium.check("in-review");

        chromium.viewport(PHONE_390);
        chromium.check("in-review-phone");
        String form = chromium.driver().findElements(By.cssSelector("form[id^='redact-']")).stream()
                .map(f -> f.getAttribute("id")).filter(id -> chromium.driver().findElement(By.id(id))
                        .findElement(By.xpath("..")).getText().contains("07700 900456")).findFirst().orElseThrow();
        chromium.driver().findElement(By.cssSelector("#" + form + " input[name='passage']")).sendKeys("07700 900456");
        chromium.press(form, "Redact");
        assertThat(chromium.text()).contains("The redaction is recorded.", "Redactions marked",
                "the neighbour's number is [redacted]");
        chromium.check("redacted-phone");

        chromium.viewport(Chromium.LAPTOP);
        chromium.reveal("Release the bundle");
        chromium.check("release-form");
        chromium.press("release", "Release the bundle");
        assertThat(chromium.path()).isEqualTo(page);
        assertThat(chromium.text()).contains("The bundle is released.", "Released", "The bundle as a PDF",
                "SHA-256 of the PDF");
        chromium.check("released");
    }
}
