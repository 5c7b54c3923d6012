package uk.tidemark.command.incident;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.RefusedCommandException;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.Platform;
import uk.tidemark.kernel.incident.WarningChannel;
import uk.tidemark.kernel.incident.WarningKind;
import uk.tidemark.kernel.incident.command.IssueWarning;
import uk.tidemark.kernel.incident.command.LogIncident;
import uk.tidemark.kernel.incident.command.RecordEvidence;
import uk.tidemark.kernel.time.DateRefusedException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.command.incident.IncidentFixtures.*;

/**
 * The backstop behind the web's date rule (decision 0027): a date outside 1900-2100 never reaches the case's
 * deadline arithmetic or its events, whoever sends the command. The refusal names the command's field.
 */
class IncidentDateRulesTest {

    private AggregateTestFixture<IncidentAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void anOccurrenceOutsideTheWindowIsNeverLogged() {
        for (Instant occurred : List.of(Instant.parse("-300000000-01-01T00:00:00Z"), Instant.MIN, Instant.MAX,
                Instant.parse("1899-12-31T23:59:59Z"), Instant.parse("2101-01-01T00:00:00Z"))) {
            fixture.givenNoPriorActivity()
                    .when(new LogIncident(ID, "setting-1", Category.CYBERBULLYING, Platform.INSTAGRAM, occurred,
                            "Comments about a pupil", List.of(), PUPIL_AND_PARENT, false), ACTOR)
                    .expectException(DateRefusedException.class)
                    .expectException(refusal("occurredAt"))
                    .expectNoEvents();
        }
    }

    @Test
    void evidenceCapturedOutsideTheWindowIsRefused() {
        fixture.given(logged(), triaged())
                .when(new RecordEvidence(ID, "evidence-1", "Screenshot", SHA, Instant.MAX, null), ACTOR)
                .expectException(refusal("capturedAt"))
                .expectNoEvents();
    }

    @Test
    void aResponseDueOutsideTheWindowSchedulesNothing() {
        for (LocalDate due : List.of(LocalDate.MAX, LocalDate.of(2101, 1, 1), LocalDate.MIN)) {
            fixture.given(logged(), triaged())
                    .when(new IssueWarning(ID, WARNING, PARENT, WarningKind.WRITTEN, WarningChannel.LETTER, "Stop",
                            due), ACTOR)
                    .expectException(refusal("responseDueBy"))
                    .expectNoEvents()
                    .expectNoScheduledDeadlines();
        }
    }

    @Test
    void theWindowsLastDayIsADueDateLikeAnyOther() {
        fixture.givenCurrentTime(NOW).andGiven(logged(), triaged())
                .when(new IssueWarning(ID, WARNING, PARENT, WarningKind.WRITTEN, WarningChannel.LETTER, "Stop",
                        LocalDate.of(2100, 12, 31)), ACTOR)
                .expectSuccessfulHandlerExecution()
                .expectScheduledDeadlineWithName(Instant.parse("2100-12-31T23:59:59.999999999Z"),
                        uk.tidemark.command.deadline.CaseDeadlines.DEADLINE_NAME);
    }

    @Test
    void aDeadlineTheClockWouldPutOutsideTheWindowIsNotSet() {
        // a server clock gone wrong: the first response would fall due in 2101
        fixture.givenCurrentTime(Instant.parse("2100-12-31T12:00:00Z"))
                .when(log(PUPIL_AND_PARENT), ACTOR)
                .expectException(RefusedCommandException.class)
                .expectExceptionMessage(uk.tidemark.command.deadline.CaseDeadlines.OUTSIDE_THE_WINDOW)
                .expectNoEvents();
    }

    private static org.hamcrest.Matcher<DateRefusedException> refusal(String field) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DateRefusedException e) {
                assertThat(e.detail()).isEqualTo("must be between 1900-01-01 and 2100-12-31.");
                return e.field().equals(field);
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("a date refusal of " + field);
            }
        };
    }
}
