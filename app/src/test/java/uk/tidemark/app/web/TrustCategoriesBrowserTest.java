package uk.tidemark.app.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * A trust's own categories in a real Chromium (issue 15, decision 0041): the administrator adds two under
 * cyberbullying; a member of staff reports on a phone under one, one tap among the radios; the lead sees it on the
 * case page and the dashboard, changes it to the other, and reads the change in the chronology.
 */
@RunningApp
class TrustCategoriesBrowserTest {

    @Autowired
    CaseFixture cases;
    @LocalServerPort
    int port;

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = new Chromium("http://localhost:" + port, "trust-categories");
    }

    @AfterEach
    void close() {
        chromium.close();
    }

    @Test
    void anAdministratorAddsCategoriesStaffReportUnderOneAndTheLeadSeesAndChangesIt() {
        chromium.viewport(Chromium.LAPTOP);
        chromium.signIn(ADMIN, PASSWORD);
        chromium.open("/admin/categories");
        assertThat(chromium.heading()).isEqualTo("Categories");
        chromium.submit("add-category", "Add category");
        assertThat(chromium.text()).contains("There is a problem", "Name is required.", "Counted as is required.");
        chromium.check("categories-refused");
        addCategory("Group chats");
        addCategory("Gaming chat");
        assertThat(chromium.text()).contains("The category Gaming chat was added.", "Group chats", "Offered");
        chromium.check("categories");
        chromium.viewport(Chromium.PHONE);
        chromium.check("categories-phone");
        chromium.signOut();

        chromium.signIn(STAFF_A, PASSWORD);
        chromium.open("/concerns/new");
        chromium.tick("Group chats");
        chromium.choose("Where did it happen?", "WhatsApp");
        chromium.date("When did it happen?", LocalDate.now(ZoneId.of("Europe/London")).minusDays(1));
        chromium.set(chromium.field("Time"), "19:30");
        chromium.type("What did you see?", "A Year 7 group chat left one pupil out and mocked her photo.");
        chromium.check("concern-trust-category-phone");
        chromium.submit("concern-form", "Send report");
        assertThat(chromium.text()).contains("Report sent", "Cyberbullying (Group chats)");
        String id = chromium.path().substring("/concerns/".length());
        chromium.check("concern-sent-phone");
        chromium.signOut();

        cases.awaitVersion(DSL_A, id, 0);
        chromium.viewport(Chromium.LAPTOP);
        chromium.signIn(DSL_A, PASSWORD);
        assertThat(chromium.text()).as("the dashboard").contains("Cyberbullying (Group chats)");
        chromium.open("/cases/" + id);
        assertThat(chromium.heading()).contains("Cyberbullying (Group chats) on ");
        assertThat(chromium.text()).contains("Trust category: Group chats", "Incident logged: cyberbullying (Group chats)");
        chromium.reveal("Change the category");
        Select own = new Select(chromium.field("category", "The trust's own category (optional)"));
        assertThat(own.getFirstSelectedOption().getText()).as("the case's own, chosen")
                .isEqualTo("Group chats (cyberbullying)");
        own.selectByVisibleText("Gaming chat (cyberbullying)");
        chromium.field("category", "Why it changes").sendKeys("It was the chat of an online game");
        chromium.submit("category", "Change the category");
        assertThat(chromium.text()).contains("The category is changed.", "Trust category: Gaming chat",
                "Category changed: From cyberbullying (Group chats) to cyberbullying (Gaming chat): It was the chat of "
                        + "an online game");
        chromium.check("case-trust-category");
        chromium.viewport(Chromium.PHONE);
        chromium.check("case-trust-category-phone");
        assertThat(cases.awaitVersion(DSL_A, id, 2).path("trustCategory").path("name").asText())
                .isEqualTo("Gaming chat");
    }

    private void addCategory(String name) {
        chromium.type("Name", name);
        new Select(chromium.field("add-category", "Counted as")).selectByVisibleText("Cyberbullying");
        chromium.submit("add-category", "Add category");
        assertThat(chromium.driver().findElements(By.cssSelector(".govuk-error-summary"))).isEmpty();
    }
}
