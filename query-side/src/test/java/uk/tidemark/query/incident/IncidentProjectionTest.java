package uk.tidemark.query.incident;

import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.event.IncidentEvent;
import uk.tidemark.kernel.incident.event.IncidentReopened;
import uk.tidemark.kernel.incident.event.ReferredToAgency;
import uk.tidemark.kernel.incident.query.IncidentDetail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.kernel.incident.Stage.*;

class IncidentProjectionTest {
    private final ReadStore store = new ReadStore();
    private final CaseHistory lifecycle = CaseHistory.wholeLifecycle("case-1");

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void stageFollowsTheCaseForwardThroughCloseAndReopen() {
        List<Stage> stages = new ArrayList<>();
        List<IncidentStatus> statuses = new ArrayList<>();
        for (DomainEventMessage<IncidentEvent> m : lifecycle.messages()) {
            store.deliver(m);
            IncidentDetail d = store.detail("case-1");
            stages.add(d.stage());
            statuses.add(d.status());
        }
        assertThat(stages).containsExactly(
                NEW, TRIAGED, TRIAGED, TRIAGED, ACTION_TAKEN, ACTION_TAKEN, ACTION_TAKEN, ESCALATED, ESCALATED,
                ESCALATED, ESCALATED, ESCALATED /* a content action after escalation does not move it back */,
                CLOSED, ESCALATED /* reopen returns to the furthest open stage */, ESCALATED, CLOSED);
        assertThat(statuses.subList(11, 16)).containsExactly(IncidentStatus.OPEN, IncidentStatus.CLOSED,
                IncidentStatus.OPEN, IncidentStatus.OPEN, IncidentStatus.CLOSED);
    }

    @Test
    void detailHoldsEverythingRecordedOnTheCase() {
        store.deliverAll(lifecycle.messages());

        IncidentDetail d = store.detail("case-1");
        assertThat(d.id()).isEqualTo("case-1");
        assertThat(d.settingId()).isEqualTo("school-1");
        assertThat(d.category()).isEqualTo(Category.CYBERBULLYING);
        assertThat(d.platform()).isEqualTo(Platform.INSTAGRAM);
        assertThat(d.reportedBy()).isEqualTo("teacher1");
        assertThat(d.loggedAt()).isEqualTo(lifecycle.at(0));
        assertThat(d.occurredAt()).isEqualTo(CaseHistory.START.minusSeconds(3600));
        assertThat(d.immediateRisk()).isTrue();
        assertThat(d.links()).containsExactly("https://instagram.example/p/1");
        assertThat(d.people()).extracting(Person::name).containsExactly("Sam Pupil", "Jo Bloggs", "Pat Parent");
        assertThat(d.people().get(1).personId()).isEqualTo(CaseHistory.TEACHER);
        assertThat(d.severity()).isEqualTo(Severity.HIGH);
        assertThat(d.triageReason()).isEqualTo("Staff member named");
        assertThat(d.allegationRoute()).isEqualTo(AllegationRoute.HARM_THRESHOLD);
        assertThat(d.ownerId()).isEqualTo("dsl2");
        assertThat(d.notes()).singleElement().satisfies(n -> {
            assertThat(n.text()).isEqualTo("Spoke to the pupil's form tutor");
            assertThat(n.actor()).isEqualTo("dsl");
            assertThat(n.at()).isEqualTo(lifecycle.at(2));
        });
        assertThat(d.evidence()).singleElement().satisfies(e -> {
            assertThat(e.sha256()).isEqualTo("ab".repeat(32));
            assertThat(e.recordedAt()).isEqualTo(lifecycle.at(3));
        });
        assertThat(d.contentActions()).extracting(IncidentDetail.ContentActionEntry::action)
                .containsExactly(ContentAction.REPORTED_TO_PLATFORM, ContentAction.POST_DELETED);
        assertThat(d.contentActions().get(0).reference()).isEqualTo("IG-77");
        assertThat(d.outcome()).isEqualTo(Outcome.POLICE_ACTION);
        assertThat(d.rationale()).isEqualTo("Police charged the poster");
        assertThat(d.closedAt()).isEqualTo(lifecycle.at(15));
        assertThat(d.updatedAt()).isEqualTo(lifecycle.at(15));
        assertThat(d.version()).isEqualTo(15);
    }

    @Test
    void warningCarriesItsResponse() {
        store.deliverAll(lifecycle.messages().subList(0, 6));
        assertThat(store.detail("case-1").warnings()).singleElement().satisfies(w -> {
            assertThat(w.personId()).isEqualTo("p-teacher");
            assertThat(w.kind()).isEqualTo(WarningKind.WRITTEN);
            assertThat(w.channel()).isEqualTo(WarningChannel.LETTER);
            assertThat(w.responseDueBy()).isEqualTo(LocalDate.parse("2026-05-30"));
            assertThat(w.issuedBy()).isEqualTo("dsl");
            assertThat(w.response()).isNull();
        });

        store.deliver(lifecycle.message(6));
        assertThat(store.detail("case-1").warnings()).singleElement().satisfies(w -> {
            assertThat(w.response()).isEqualTo(WarningResponse.COMPLIED);
            assertThat(w.respondedAt()).isEqualTo(lifecycle.at(6));
            assertThat(w.issuedAt()).isEqualTo(lifecycle.at(5));
        });
    }

    @Test
    void policeHoldTheEscalationAndItsUpdatesWithTheLatestCrimeReference() {
        store.deliverAll(lifecycle.messages().subList(0, 9));
        IncidentDetail.Police afterFirstUpdate = store.detail("case-1").police();
        assertThat(afterFirstUpdate.crimeReference()).isEqualTo("CR/123"); // an update without a reference keeps it
        assertThat(afterFirstUpdate.updates()).extracting(IncidentDetail.PoliceUpdate::status)
                .containsExactly("Under investigation");

        store.deliver(lifecycle.message(9));
        IncidentDetail.Police police = store.detail("case-1").police();
        assertThat(police.reason()).isEqualTo(PoliceReason.HARASSMENT);
        assertThat(police.force()).isEqualTo("Thames Valley Police");
        assertThat(police.escalatedAt()).isEqualTo(lifecycle.at(7));
        assertThat(police.escalatedBy()).isEqualTo("dsl");
        assertThat(police.crimeReference()).isEqualTo("CR/456");
        assertThat(police.updates()).extracting(IncidentDetail.PoliceUpdate::updateId).containsExactly("u-1", "u-2");
    }

    @Test
    void referralIsListedAndEscalatesTheCase() {
        CaseHistory c = new CaseHistory("case-2").logged("school-1", Category.STAFF_MISUSE, "teacher1")
                .then("dsl", new ReferredToAgency(IncidentId.of("case-2"), "r-9",
                        Agency.CEOP, "Contact with a stranger", "CEOP-1"));
        store.deliverAll(c.messages());

        IncidentDetail d = store.detail("case-2");
        assertThat(d.stage()).isEqualTo(ESCALATED);
        assertThat(d.police()).isNull();
        assertThat(d.referrals()).singleElement().satisfies(r -> {
            assertThat(r.agency()).isEqualTo(Agency.CEOP);
            assertThat(r.reference()).isEqualTo("CEOP-1");
            assertThat(r.at()).isEqualTo(c.at(1));
        });
    }

    @Test
    void reopeningClearsTheOutcomeAndReturnsToTheStageReachedBeforeClosing() {
        CaseHistory c = new CaseHistory("case-3").logged("school-1", Category.OTHER, "teacher1")
                .triaged(Severity.LOW, "dsl")
                .closed(Outcome.UNFOUNDED, "Not our pupils")
                .then("dsl", new IncidentReopened(IncidentId.of("case-3"), "Parent brought new screenshots"));
        store.deliverAll(c.messages());

        IncidentDetail d = store.detail("case-3");
        assertThat(d.stage()).isEqualTo(TRIAGED);
        assertThat(d.status()).isEqualTo(IncidentStatus.OPEN);
        assertThat(d.outcome()).isNull();
        assertThat(d.rationale()).isNull();
        assertThat(d.closedAt()).isNull();
        assertThat(d.version()).isEqualTo(3);
    }

    @Test
    void everyEventDeliveredThreeTimesLeavesTheDocumentsAsOneDeliveryDoes() {
        store.deliverAll(lifecycle.messages());
        List<Document> incidents = store.raw("incidents");
        List<Document> chronology = store.raw("chronology");

        for (DomainEventMessage<IncidentEvent> m : lifecycle.messages()) {
            store.deliver(m);
            store.deliver(m);
        }

        assertThat(store.raw("incidents")).isEqualTo(incidents);
        assertThat(store.raw("chronology")).hasSize(16).isEqualTo(chronology);
    }

    @Test
    void anOldEventRedeliveredAfterNewerOnesChangesNothing() {
        store.deliverAll(lifecycle.messages());
        List<Document> before = store.raw("incidents");

        store.deliver(lifecycle.message(0));  // logged again: must not recreate the case as NEW
        store.deliver(lifecycle.message(13)); // reopened again: must not reopen the closed case
        store.deliver(lifecycle.message(5));  // warning again: must not add a second warning

        assertThat(store.raw("incidents")).isEqualTo(before);
        IncidentDetail d = store.detail("case-1");
        assertThat(d.stage()).isEqualTo(CLOSED);
        assertThat(d.warnings()).hasSize(1);
    }

    @Test
    void unknownCaseIsAnsweredWithNull() {
        assertThat(store.detail("no-such-case")).isNull();
    }

    @Test
    void resetEmptiesBothCollectionsAndAReplayRebuildsTheSameCase() {
        store.deliverAll(lifecycle.messages());
        IncidentDetail before = store.detail("case-1");

        store.resetTokens();
        assertThat(store.mongo.getCollection("incidents").countDocuments()).isZero();
        assertThat(store.mongo.getCollection("chronology").countDocuments()).isZero();

        store.deliverAll(lifecycle.messages());
        assertThat(store.detail("case-1")).isEqualTo(before);
        assertThat(store.chronologyOf("case-1")).hasSize(16);
    }
}
