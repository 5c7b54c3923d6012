package uk.tidemark.app.demo;

import org.junit.jupiter.api.Test;
import uk.tidemark.command.deadline.WorkingCalendar;
import uk.tidemark.command.disciplinary.DisciplinaryPolicy;
import uk.tidemark.kernel.complaint.command.ReceiveComplaint;
import uk.tidemark.kernel.complaint.command.RecordPanelHearing;
import uk.tidemark.kernel.disciplinary.DisciplinaryOutcome;
import uk.tidemark.kernel.disciplinary.command.CloseDisciplinaryCase;
import uk.tidemark.kernel.disciplinary.command.DecideOutcome;
import uk.tidemark.kernel.disciplinary.command.InviteToHearing;
import uk.tidemark.kernel.disciplinary.command.LodgeAppeal;
import uk.tidemark.kernel.disciplinary.command.OpenDisciplinaryCase;
import uk.tidemark.kernel.disciplinary.command.RecordHearingHeld;
import uk.tidemark.kernel.incident.command.LogIncident;
import uk.tidemark.kernel.incident.command.RecordEvidence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data itself: planned without error, fictional dates in the past, evidence fingerprints well formed. */
class DemoScenariosTest {

    private static final Instant NOW = Instant.parse("2025-06-11T09:30:00Z");
    private static final WorkingCalendar CALENDAR = WorkingCalendar.englandAndWales();
    private static final DisciplinaryPolicy POLICY = DisciplinaryPolicy.DEFAULTS;

    @Test
    void everyScenarioPlansIntoCommandsWithPastDatesAndSoundFingerprints() {
        DemoPeople people = new DemoPeople();
        List<DemoCase> scenarios = DemoSeeder.scenarios();
        assertThat(scenarios).hasSizeBetween(30, 45);
        for (DemoCase scenario : scenarios) {
            List<DemoStory.Step> steps = scenario.plan(NOW, people);
            assertThat(steps.get(0).command()).isInstanceOf(LogIncident.class);
            LogIncident log = (LogIncident) steps.get(0).command();
            assertThat(log.occurredAt()).isBefore(NOW).isAfter(NOW.minusSeconds(320L * 24 * 3600));
            assertThat(log.summary()).isNotBlank().hasSizeLessThan(300);
            steps.stream().map(DemoStory.Step::command).filter(RecordEvidence.class::isInstance)
                    .map(RecordEvidence.class::cast).forEach(evidence -> {
                        assertThat(evidence.sha256()).matches("[0-9a-f]{64}");
                        assertThat(evidence.capturedAt()).isBefore(NOW).isAfterOrEqualTo(log.occurredAt());
                    });
        }
    }

    @Test
    void thereAreAFewHrCasesAndComplaintsInBothSettings() {
        assertThat(DemoSeeder.hrCases()).hasSizeBetween(4, 7).extracting(DemoHrCase::settingId)
                .contains("riverside-primary", "hillview-academy");
        assertThat(DemoSeeder.complaints()).hasSizeBetween(4, 7).extracting(DemoComplaint::settingId)
                .contains("riverside-primary", "hillview-academy");
        DemoPeople people = new DemoPeople();
        for (DemoStory story : DemoSeeder.stories()) {
            Object first = story.plan(NOW, people).get(0).command();
            if (first instanceof OpenDisciplinaryCase open) {
                assertThat(open.allegation()).isNotBlank().hasSizeLessThan(300);
                assertThat(open.linkedIncidentId()).as("opened by HR directly").isNull();
            } else if (first instanceof ReceiveComplaint received) {
                assertThat(received.summary()).isNotBlank().hasSizeLessThan(300);
            }
        }
    }

    /**
     * Whatever day and time the demo starts on, every story's steps are in order, a few minutes in the past at
     * most, by demo users, and keep the rules the aggregates check against the step's clock on the working-day
     * calendar: a hearing's notice, the appeal window, a panel hearing not in the future.
     */
    @Test
    void everyStoryKeepsTheCaseRulesWhicheverDayTheDemoStarts() {
        for (LocalDate day = LocalDate.of(2025, 1, 1); day.isBefore(LocalDate.of(2027, 1, 1)); day = day.plusDays(1)) {
            for (LocalTime time : List.of(LocalTime.of(7, 0), LocalTime.of(13, 0), LocalTime.of(23, 50))) {
                Instant now = day.atTime(time).atZone(DemoPlanning.UK).toInstant();
                DemoPeople people = new DemoPeople();
                for (DemoStory story : DemoSeeder.stories()) {
                    checkSteps(story, story.plan(now, people), now);
                }
            }
        }
    }

    private static void checkSteps(DemoStory story, List<DemoStory.Step> steps, Instant now) {
        String which = story.kind() + " " + story.label() + " seeded at " + now;
        Instant previous = null;
        LocalDate hearingOn = null;
        Instant outcomeAt = null;
        DisciplinaryOutcome outcome = null;
        boolean appealed = false;
        for (DemoStory.Step step : steps) {
            assertThat(step.at()).as(which).isBeforeOrEqualTo(now.minus(Duration.ofMinutes(5)));
            if (previous != null) {
                assertThat(step.at()).as(which).isAfterOrEqualTo(previous);
            }
            previous = step.at();
            assertThat(DemoOrganisation.USERS).as(which).anyMatch(u -> u.username().equals(step.actor()));
            LocalDate date = LocalDate.ofInstant(step.at(), WorkingCalendar.UK);
            Object command = step.command();
            if (command instanceof InviteToHearing invite) {
                hearingOn = invite.hearingOn();
                assertThat(hearingOn).as(which + ": hearing notice")
                        .isAfterOrEqualTo(CALENDAR.workingDaysAfter(date, POLICY.hearingNoticeDays()));
            } else if (command instanceof RecordHearingHeld) {
                assertThat(date).as(which + ": hearing held on its date").isEqualTo(hearingOn);
            } else if (command instanceof DecideOutcome decided) {
                outcomeAt = step.at();
                outcome = decided.outcome();
            } else if (command instanceof LodgeAppeal) {
                appealed = true;
                assertThat(step.at()).as(which + ": appeal in time")
                        .isBeforeOrEqualTo(CALENDAR.endOfWorkingDaysAfter(outcomeAt, POLICY.appealWindowDays()));
            } else if (command instanceof CloseDisciplinaryCase && outcome != null
                    && outcome != DisciplinaryOutcome.NO_ACTION && !appealed) {
                assertThat(step.at()).as(which + ": closed after the appeal window")
                        .isAfter(CALENDAR.endOfWorkingDaysAfter(outcomeAt, POLICY.appealWindowDays()));
            } else if (command instanceof RecordPanelHearing hearing) {
                assertThat(hearing.heldOn()).as(which + ": panel hearing").isEqualTo(date);
            }
        }
    }

    @Test
    void aPersonNamedInTwoCasesOfASettingKeepsOneId() {
        DemoPeople people = new DemoPeople();
        assertThat(people.idOf("riverside-primary", "Parent A (name withheld)"))
                .isEqualTo(people.idOf("riverside-primary", "Parent A (name withheld)"))
                .isNotEqualTo(people.idOf("hillview-academy", "Parent A (name withheld)"));
    }

    @Test
    void anHrCaseNamesItsEmployeeAsTheirIncidentsDo() {
        DemoPeople people = new DemoPeople();
        DemoSeeder.scenarios().forEach(scenario -> scenario.plan(NOW, people));
        List<OpenDisciplinaryCase> opened = DemoSeeder.hrCases().stream()
                .map(hr -> (OpenDisciplinaryCase) hr.plan(NOW, people).get(0).command()).toList();
        assertThat(opened).anyMatch(open -> open.employeePersonId()
                .equals(people.idOf(open.settingId(), "Mr Daniel Roker (drama teacher)")));
    }

    @Test
    void workingDaysSkipTheWeekend() {
        // Friday 13 June 2025 + 1 working day = Monday 16 June
        assertThat(DemoIds.workingDaysAfter(LocalDate.of(2025, 6, 13), 1)).isEqualTo(LocalDate.of(2025, 6, 16));
    }
}
