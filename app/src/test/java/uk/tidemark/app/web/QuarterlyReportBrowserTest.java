package uk.tidemark.app.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/**
 * The trustee's quarterly report in a real Chromium: the page passes axe, its summary comes first and its three
 * charts and tables show, three cases in one category read "fewer than 5", both downloads work in the trustee's
 * signed-in session, and on a phone nothing scrolls sideways.
 */
@RunningApp
class QuarterlyReportBrowserTest {

    @Autowired
    CaseFixture cases;
    @LocalServerPort
    int port;

    private Chromium chromium;

    @BeforeEach
    void browser() {
        chromium = new Chromium("http://localhost:" + port, "quarterly-report");
    }

    @AfterEach
    void close() {
        chromium.close();
    }

    @Test
    void aTrusteeReadsTheReportAndDownloadsItsPdfAndCsv() {
        for (int i = 0; i < 3; i++) {
            cases.logCase(STAFF_A, caseBody()); // three cyberbullying cases this quarter
        }
        cases.awaitGet(TRUSTEE, "/api/reports/quarterly", r -> r.raw().body().contains("fewer than 5"), "the report");

        chromium.signIn(TRUSTEE, PASSWORD);
        chromium.follow("Quarterly report");
        assertThat(chromium.path()).isEqualTo("/reports/quarterly");
        assertThat(chromium.heading()).contains("Quarterly report");
        assertThat(chromium.text()).contains("Test Trust", "Summary", "Deadlines met", "fewer than 5",
                "Cases by category", "About these figures").doesNotContain("Pupil One");
        assertThat(chromium.driver().findElements(By.cssSelector(".tidemark-chart svg"))).hasSize(3);
        chromium.check("report");

        assertDownload("Download the PDF for the board pack", "application/pdf", "%PDF");
        assertDownload("Download the figures as CSV", "text/csv", null);

        chromium.viewport(new Dimension(390, 844));
        chromium.open("/reports/quarterly");
        chromium.check("report-phone");
        Number scrollWidth = (Number) chromium.driver().executeScript(
                "return document.documentElement.scrollWidth");
        Number viewport = (Number) chromium.driver().executeScript("return window.innerWidth");
        assertThat(scrollWidth.intValue()).as("the page's width on a phone").isLessThanOrEqualTo(viewport.intValue());
        // the summary comes before the charts, the settings and the detail
        int summary = chromium.driver().findElement(By.id("summary")).getLocation().getY();
        int firstChart = chromium.driver().findElement(By.cssSelector(".tidemark-chart svg")).getLocation().getY();
        assertThat(summary).isLessThan(firstChart);
        // the years offered are those with cases: this year only
        assertThat(chromium.driver().findElements(By.cssSelector("#year option"))).hasSize(1);
    }

    /** Fetches a download link's address in the page's own session, as the browser's download would. */
    @SuppressWarnings("unchecked")
    private void assertDownload(String linkText, String type, String startsWith) {
        String href = chromium.driver().findElement(By.linkText(linkText)).getAttribute("href");
        Map<String, Object> got = (Map<String, Object>) chromium.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(async r => done({status: r.status, type: r.headers.get('content-type'),
                    head: new TextDecoder().decode((await r.arrayBuffer()).slice(0, 4))}))
                  .catch(e => done({status: -1, type: String(e), head: ''}));
                """, href);
        assertThat(((Number) got.get("status")).intValue()).as("%s answers", linkText).isEqualTo(200);
        assertThat(String.valueOf(got.get("type"))).as("%s type", linkText).startsWith(type);
        if (startsWith != null) {
            assertThat(String.valueOf(got.get("head"))).isEqualTo(startsWith);
        }
    }
}
