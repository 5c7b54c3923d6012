package uk.tidemark.app.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The complaints pages in a real Chromium, as the DSL who receives a complaint: the register, the form (first
 * sent empty, refused field by field), the complaint's page, its acknowledgement and the formal stage; a step the
 * state no longer allows, posted from a page left open, is refused with the complaint's own sentence. Every page
 * and state passes axe with no console error, on a laptop and on a phone.
 */
@RunningApp
class ComplaintPagesBrowserTest {

    @LocalServerPort
    int port;

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = new Chromium("http://localhost:" + port, "complaint-pages");
    }

    @AfterEach
    void close() {
        chromium.close();
    }

    @Test
    void aDslRecordsAComplaintAcknowledgesItAndTakesItToTheFormalStage() {
        chromium.signIn(DSL_A, PASSWORD);
        chromium.follow("Complaints");
        assertThat(chromium.path()).isEqualTo("/complaints");
        assertThat(chromium.text()).contains("There are no open complaints.");
        chromium.check("register-empty");

        chromium.follow("Record a complaint");
        chromium.press("Record the complaint");
        assertThat(chromium.text()).contains("There is a problem", "How the complaint arrived is required.",
                "Complainant's name is required.", "What the complaint is about is required.");
        chromium.check("new-errors");

        chromium.tick("Email");
        chromium.type("Complainant's name", "A Parent");
        chromium.type("What the complaint is about", "The school's page showed my child's photo without consent.");
        chromium.press("Record the complaint");
        assertThat(chromium.path()).startsWith("/complaints/").isNotEqualTo("/complaints/new");
        assertThat(chromium.heading()).contains("A Parent");
        assertThat(stage()).isEqualTo("Received");
        assertThat(chromium.text()).contains("The complaint is recorded.", "Due by");
        String complaintPath = chromium.path();
        chromium.check("received");

        chromium.press("Record the acknowledgement");
        assertThat(stage()).isEqualTo("Acknowledged");
        assertThat(chromium.text()).contains("The acknowledgement is recorded.", "Acknowledged");
        chromium.check("acknowledged");

        chromium.viewport(Chromium.PHONE);
        chromium.press("Take it to the formal stage"); // sent empty: refused beside its field
        assertThat(chromium.text()).contains("There is a problem", "Why it goes to the formal stage is required.");
        assertThat(stage()).isEqualTo("Acknowledged");
        chromium.check("formal-stage-errors-phone");
        chromium.type("Why it goes to the formal stage", "The parent is not satisfied with the informal answer.");
        chromium.press("Take it to the formal stage");
        assertThat(stage()).isEqualTo("Formal");
        assertThat(chromium.text()).contains("The complaint is at the formal stage.", "Record the written response");
        chromium.check("formal-phone");
        chromium.viewport(Chromium.LAPTOP);

        chromium.open("/complaints");
        String register = chromium.driver().findElement(By.tagName("table")).getText();
        assertThat(register).contains("Alder School", "Email", "Formal");
        chromium.check("register-formal");

        // a refused step: the acknowledgement again, as from a page loaded before it was recorded
        chromium.open(complaintPath);
        chromium.driver().executeScript("""
                const form = document.createElement('form');
                form.method = 'post'; form.action = arguments[0] + '/acknowledgement'; form.id = 'stale';
                form.innerHTML = '<input type="hidden" name="_csrf" value="' + document.querySelector('input[name=_csrf]').value
                  + '"><input type="hidden" name="version" value="' + document.querySelector('input[name=version]').value
                  + '"><button type="submit">Again</button>';
                document.querySelector('main').appendChild(form);
                """, complaintPath);
        chromium.press("stale", "Again");
        assertThat(chromium.driver().findElement(By.className("govuk-error-summary")).getText())
                .contains("This complaint has already been acknowledged.");
        assertThat(stage()).isEqualTo("Formal");
        chromium.check("acknowledgement-refused");
    }

    private String stage() {
        return chromium.driver().findElement(By.id("complaint-stage")).getText();
    }
}
