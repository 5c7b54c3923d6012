package uk.tidemark.query.incident;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.complaint.ComplaintChannel;
import uk.tidemark.kernel.complaint.ComplaintId;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.deadline.event.DeadlineMet;
import uk.tidemark.kernel.deadline.event.DeadlineMissed;
import uk.tidemark.kernel.deadline.event.DeadlineSet;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.event.*;
import uk.tidemark.kernel.incident.query.ChronologyEntry;
import uk.tidemark.kernel.incident.query.IncidentDetail;
import uk.tidemark.query.Stream;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an incident shows of the HR cases and complaints opened from it, of acknowledged referrals, and of the
 * deadline events in its own stream.
 */
class IncidentLinksTest {
    private static final IncidentId ID = IncidentId.of("case-1");
    private static final Instant FIRST_DUE = CaseHistory.START.plusSeconds(86_400);
    private static final Instant LADO_DUE = Instant.parse("2026-05-04T22:59:59.999Z");

    private final ReadStore store = new ReadStore();

    @AfterEach
    void close() {
        store.close();
    }

    /** The events as the aggregate applies them: deadline events between the case's own. */
    static Stream referredEverywhere() {
        return new Stream("Incident", "case-1", CaseHistory.START)
                .then("teacher1", new IncidentLogged(ID, "school-1", Category.STAFF_MISUSE, Platform.FACEBOOK, null,
                        "Post about a pupil", List.of(), List.of(new Person(CaseHistory.TEACHER, "Jo Bloggs",
                        PersonRole.STAFF, Involvement.SUBJECT)), false, "teacher1"))                      // 0
                .then("teacher1", new DeadlineSet("case-1/FIRST_RESPONSE/1", DeadlineKind.FIRST_RESPONSE,
                        CaseType.INCIDENT, "case-1", "school-1", FIRST_DUE, null))                         // 1
                .then("dsl", new IncidentTriaged(ID, Severity.HIGH, "Staff", "dsl", AllegationRoute.HARM_THRESHOLD)) // 2
                .then("dsl", new DeadlineMet("case-1/FIRST_RESPONSE/1", DeadlineKind.FIRST_RESPONSE,
                        CaseType.INCIDENT, "case-1"))                                                      // 3
                .then("dsl", new DeadlineSet("case-1/LADO_REFERRAL/1", DeadlineKind.LADO_REFERRAL,
                        CaseType.INCIDENT, "case-1", "school-1", LADO_DUE, "dsl"))                         // 4
                .clock(new DeadlineMissed("case-1/LADO_REFERRAL/1", DeadlineKind.LADO_REFERRAL,
                        CaseType.INCIDENT, "case-1", "school-1", LADO_DUE, "dsl"))                         // 5
                .then("dsl", new ReferredToAgency(ID, "r-1", Agency.LADO, "Harm threshold met", null))    // 6
                .then("dsl", new ReferralAcknowledged(ID, "r-1", "LADO-42", "Strategy meeting booked"))   // 7
                .then("dsl", new DisciplinaryReferralMade(ID, DisciplinaryCaseId.of("hr-1"), "school-1",
                        CaseHistory.TEACHER, "Jo Bloggs", true, true, "Posted a pupil's photo with comments")) // 8
                .then("dsl", new ComplaintReferralMade(ID, ComplaintId.of("cp-1"), "school-1",
                        ComplaintChannel.SOCIAL_MEDIA, "A parent", "Upset by the post"))                   // 9
                .then("dsl", new DisciplinaryReferralMade(ID, DisciplinaryCaseId.of("hr-2"), "school-1",
                        CaseHistory.TEACHER, "Jo Bloggs", true, false, "A second matter"));                // 10
    }

    @Test
    void theCaseListsTheHrCasesAndComplaintsOpenedFromItByIdOnly() {
        store.deliverAll(referredEverywhere().messages());

        IncidentDetail d = store.detail("case-1");
        assertThat(d.disciplinaryCaseIds()).containsExactly("hr-1", "hr-2");
        assertThat(d.complaintIds()).containsExactly("cp-1");
    }

    @Test
    void anAcknowledgementIsRecordedOnItsReferral() {
        Stream s = referredEverywhere();
        store.deliverAll(s.messages().subList(0, 7));
        assertThat(store.detail("case-1").referrals()).singleElement().satisfies(r -> {
            assertThat(r.acknowledgedAt()).isNull();
            assertThat(r.acknowledgementReference()).isNull();
        });

        store.deliver(s.message(7));
        assertThat(store.detail("case-1").referrals()).singleElement().isEqualTo(new IncidentDetail.Referral("r-1",
                Agency.LADO, "Harm threshold met", null, s.at(6), "dsl", s.at(7), "LADO-42", "Strategy meeting booked"));
    }

    @Test
    void deadlineEventsCountInTheVersionTheCommandSideChecksAndChangeNothingElse() {
        Stream s = referredEverywhere();
        store.deliverAll(s.messages().subList(0, 2));
        IncidentDetail afterSet = store.detail("case-1");
        assertThat(afterSet.version()).isEqualTo(1);     // the aggregate is at 1 after logging and setting a deadline
        assertThat(afterSet.updatedAt()).isEqualTo(s.at(0));

        store.deliverAll(s.messages().subList(2, 6));
        IncidentDetail afterMissed = store.detail("case-1");
        assertThat(afterMissed.version()).isEqualTo(5);
        assertThat(afterMissed.updatedAt()).isEqualTo(s.at(2));
        assertThat(afterMissed.stage()).isEqualTo(Stage.TRIAGED);

        // a deadline of another kind of case that happens to share the id leaves this case alone
        store.deliver(Stream.single("Complaint", "case-1", 9, new DeadlineMet("case-1/COMPLAINT_PANEL/1",
                DeadlineKind.COMPLAINT_PANEL, CaseType.COMPLAINT, "case-1"), s.at(9)));
        assertThat(store.detail("case-1").version()).isEqualTo(5);
    }

    @Test
    void everyEventRedeliveredLeavesBothCollectionsAsOneDeliveryDoes() {
        Stream s = referredEverywhere();
        store.deliverAll(s.messages());
        List<Document> incidents = store.raw("incidents");
        List<Document> chronology = store.raw("chronology");

        store.deliverAll(s.messages());
        store.deliver(s.message(1));
        store.deliver(s.message(8));

        assertThat(store.raw("incidents")).isEqualTo(incidents);
        assertThat(store.raw("chronology")).isEqualTo(chronology);
    }

    @Test
    void theChronologyReadsTheNewEventsWithoutHrDetailAndOnlyMissedDeadlines() {
        Stream s = referredEverywhere();
        store.deliverAll(s.messages());

        List<ChronologyEntry> entries = store.chronologyOf("case-1");
        assertThat(entries).extracting(ChronologyEntry::sequence).containsExactly(0L, 2L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(entries).extracting(ChronologyEntry::summary).containsExactly(
                "Logged: staff misuse of social media on Facebook; 1 person named",
                "Triaged as HIGH (route: harm threshold): Staff",
                "Deadline missed: LADO referral (due 2026-05-04 23:59)",
                "Referred to LADO: Harm threshold met",
                "Referral acknowledged (ref LADO-42): Strategy meeting booked",
                "Referred to HR (disciplinary case opened)",
                "Redirected to the complaints procedure (complaint opened)",
                "Referred to HR (disciplinary case opened)");
        assertThat(entries.get(2)).satisfies(missed -> {
            assertThat(missed.type()).isEqualTo("DEADLINE_MISSED");
            assertThat(missed.actor()).isNull();
            assertThat(missed.at()).isEqualTo(s.at(5));
        });
        assertThat(entries).extracting(ChronologyEntry::type).contains("DISCIPLINARY_REFERRAL_MADE",
                "COMPLAINT_REFERRAL_MADE", "REFERRAL_ACKNOWLEDGED");
    }
}
