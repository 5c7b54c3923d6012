package uk.tidemark.command.incident;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.ErasureGround;
import uk.tidemark.kernel.incident.command.ExportCaseBundle;
import uk.tidemark.kernel.incident.event.CaseBundleExported;
import uk.tidemark.kernel.incident.event.DestructionRequested;
import uk.tidemark.kernel.incident.event.IncidentContentDestroyed;

import java.util.ArrayList;
import java.util.List;

import static uk.tidemark.command.incident.IncidentFixtures.*;

/** A verifiable copy of the case, exported for someone outside the school (decision 0054). */
class IncidentBundlesTest {

    private static final String BUNDLE = "c".repeat(64);
    private static final String MANIFEST = "d".repeat(64);
    private AggregateTestFixture<IncidentAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static ExportCaseBundle export(String recipient, String sha256) {
        return new ExportCaseBundle(ID, "bundle-1", recipient, true, sha256, MANIFEST);
    }

    @Test
    void anExportRecordsTheRecipientAndBothHashes() {
        fixture.givenCurrentTime(NOW).andGiven(logged())
                .when(export("  The LADO  ", BUNDLE), ACTOR)
                .expectEvents(new CaseBundleExported(ID, "bundle-1", "The LADO", true, BUNDLE, MANIFEST));
    }

    @Test
    void aClosedCaseMayStillBeExported() {
        List<Object> closedCase = new ArrayList<>(List.of(logged(), triaged()));
        closedCase.addAll(List.of(closedAndReviewed()));
        fixture.givenCurrentTime(NOW).andGiven(closedCase)
                .when(export("The police", BUNDLE), ACTOR)
                .expectEvents(new CaseBundleExported(ID, "bundle-1", "The police", true, BUNDLE, MANIFEST));
    }

    @Test
    void cannotExportWithoutARecipient() {
        fixture.givenCurrentTime(NOW).andGiven(logged())
                .when(export(" ", BUNDLE), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage(IncidentRule.BUNDLE_NEEDS_A_RECIPIENT.sentence())
                .expectNoEvents();
    }

    @Test
    void cannotExportWithoutTheBundlesHash() {
        fixture.givenCurrentTime(NOW).andGiven(logged())
                .when(export("The LADO", "not a hash"), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage(IncidentRule.BUNDLE_NEEDS_ITS_HASHES.sentence())
                .expectNoEvents();
    }

    @Test
    void anErasedCaseRefusesAnExport() {
        List<Object> erased = new ArrayList<>(List.of(logged(), triaged()));
        erased.addAll(List.of(closedAndReviewed()));
        erased.add(new DestructionRequested(ID, ErasureGround.RETENTION_SCHEDULE, "Period ended", "deputy"));
        erased.add(new IncidentContentDestroyed(ID, ErasureGround.RETENTION_SCHEDULE));
        fixture.givenCurrentTime(NOW).andGiven(erased)
                .when(export("The LADO", BUNDLE), ACTOR)
                .expectException(IncidentRuleViolation.class)
                .expectExceptionMessage("The case's personal content was erased on 4 March 2025 under the retention "
                        + "schedule; nothing more can be recorded on it.")
                .expectNoEvents();
    }
}
