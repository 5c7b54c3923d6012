package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.tidemark.app.fixture.ApiClient;
import uk.tidemark.app.fixture.CaseFixture;
import uk.tidemark.app.fixture.RunningApp;
import uk.tidemark.command.deadline.WorkingCalendar;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.CaseFixture.caseBody;
import static uk.tidemark.app.fixture.TestAccounts.*;

/** A warning without a response date is due in five working days (BRIEF.md), counted on the UK calendar. */
@RunningApp
class WarningDefaultsTest {

    @Autowired
    ApiClient api;
    @Autowired
    CaseFixture cases;

    @Autowired
    WorkingCalendar calendar;

    @Test
    void aWarningWithoutADateIsDueInFiveWorkingDays() {
        JsonNode logged = cases.logAndAwait(caseBody());
        String id = logged.path("id").asText();
        String person = logged.path("people").get(0).path("personId").asText();
        assertThat(api.post(DSL_A, "/api/incidents/" + id + "/triage", Map.of("severity", "LOW", "reason", "r")).status())
                .isEqualTo(204);
        assertThat(api.post(DSL_A, "/api/incidents/" + id + "/warnings", Map.of("personId", person, "kind", "VERBAL",
                "channel", "MEETING", "text", "Please stop posting about this pupil.")).status()).isEqualTo(201);

        JsonNode detail = cases.awaitVersion(DSL_A, id, 2);
        LocalDate expected = calendar.workingDaysAfter(LocalDate.now(WorkingCalendar.UK), 5);
        assertThat(detail.path("warnings").get(0).path("responseDueBy").asText()).isEqualTo(expected.toString());
    }
}
