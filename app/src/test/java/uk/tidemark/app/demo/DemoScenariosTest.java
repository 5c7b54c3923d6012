package uk.tidemark.app.demo;

import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.incident.command.LogIncident;
import uk.tidemark.kernel.incident.command.RecordEvidence;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data itself: planned without error, fictional dates in the past, evidence fingerprints well formed. */
class DemoScenariosTest {

    private static final Instant NOW = Instant.parse("2025-06-11T09:30:00Z");

    @Test
    void everyScenarioPlansIntoCommandsWithPastDatesAndSoundFingerprints() {
        DemoPeople people = new DemoPeople();
        List<DemoCase> scenarios = DemoSeeder.scenarios();
        assertThat(scenarios).hasSizeBetween(30, 40);
        for (DemoCase scenario : scenarios) {
            List<DemoCase.Step> steps = scenario.plan(NOW, people);
            assertThat(steps.get(0).command()).isInstanceOf(LogIncident.class);
            LogIncident log = (LogIncident) steps.get(0).command();
            assertThat(log.occurredAt()).isBefore(NOW).isAfter(NOW.minusSeconds(320L * 24 * 3600));
            assertThat(log.summary()).isNotBlank().hasSizeLessThan(300);
            steps.stream().map(DemoCase.Step::command).filter(RecordEvidence.class::isInstance)
                    .map(RecordEvidence.class::cast).forEach(evidence -> {
                        assertThat(evidence.sha256()).matches("[0-9a-f]{64}");
                        assertThat(evidence.capturedAt()).isBefore(NOW).isAfterOrEqualTo(log.occurredAt());
                    });
            assertThat(steps).extracting(DemoCase.Step::actor)
                    .allMatch(actor -> DemoOrganisation.USERS.stream().anyMatch(u -> u.username().equals(actor)));
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
    void workingDaysSkipTheWeekend() {
        // Friday 13 June 2025 + 1 working day = Monday 16 June
        assertThat(DemoIds.workingDaysAfter(java.time.LocalDate.of(2025, 6, 13), 1))
                .isEqualTo(java.time.LocalDate.of(2025, 6, 16));
    }
}
