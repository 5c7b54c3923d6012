package uk.tidemark.query.deadline;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.event.*;
import uk.tidemark.kernel.incident.AllegationRoute;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.Platform;
import uk.tidemark.kernel.incident.Severity;
import uk.tidemark.kernel.incident.event.IncidentAssigned;
import uk.tidemark.kernel.incident.event.IncidentLogged;
import uk.tidemark.kernel.incident.event.IncidentReferenceAssigned;
import uk.tidemark.kernel.incident.event.IncidentTriaged;
import uk.tidemark.kernel.incident.event.ReportAmended;
import uk.tidemark.kernel.deadline.query.DeadlineView;
import uk.tidemark.kernel.deadline.query.FindDeadlines;
import uk.tidemark.query.Stream;
import uk.tidemark.query.TestStore;
import uk.tidemark.query.incident.IncidentListIndex;
import uk.tidemark.query.incident.IncidentProjection;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static uk.tidemark.kernel.deadline.DeadlineKind.*;
import static uk.tidemark.kernel.deadline.DeadlineStatus.*;

class DeadlineBoardTest {
    private static final Instant START = Instant.parse("2026-05-04T09:00:00Z");
    private static final Instant FIRST_DUE = START.plusSeconds(86_400);
    private static final Instant LADO_DUE = Instant.parse("2026-05-05T22:59:59.999Z");

    private final TestStore store = new TestStore();

    DeadlineBoardTest() {
        store.projection(DeadlineBoardProjection::new);
        // the cases' own read model, which the board's few words of each case are read from (decision 0043)
        store.projection(mongo -> new IncidentProjection(mongo, new IncidentListIndex(mongo, false)));
        store.queries(DeadlineBoardQueries::new);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /**
     * An incident logged (first response due, no owner), triaged to dsl1 (met; LADO referral due, dsl1's),
     * reassigned to dsl2, then the LADO referral missed.
     */
    static Stream incident(String id, String settingId) {
        return incident(id, settingId, "SO-26-0001");
    }

    static Stream incident(String id, String settingId, String reference) {
        IncidentId i = IncidentId.of(id);
        String first = DeadlineEvent.idOf(id, FIRST_RESPONSE, "1");
        String lado = DeadlineEvent.idOf(id, LADO_REFERRAL, "1");
        return new Stream("IncidentAggregate", id, START)
                .then("teacher1", new IncidentLogged(i, settingId, Category.STAFF_MISUSE, Platform.X, null, "Post",
                        List.of(), List.of(), false, "teacher1", reference))                                   // 0
                .then("teacher1", new DeadlineSet(first, FIRST_RESPONSE, CaseType.INCIDENT, id, settingId,
                        FIRST_DUE, null))                                                                       // 1
                .then("dsl1", new IncidentTriaged(i, Severity.HIGH, "Staff", "dsl1", AllegationRoute.HARM_THRESHOLD)) // 2
                .then("dsl1", new DeadlineMet(first, FIRST_RESPONSE, CaseType.INCIDENT, id))                    // 3
                .then("dsl1", new DeadlineSet(lado, LADO_REFERRAL, CaseType.INCIDENT, id, settingId, LADO_DUE,
                        "dsl1"))                                                                                // 4
                .then("head", new IncidentAssigned(i, "dsl2", "Cover"))                                        // 5
                .clock(new DeadlineMissed(lado, LADO_REFERRAL, CaseType.INCIDENT, id, settingId, LADO_DUE, "dsl2")); // 6
    }

    @Test
    void eachDeadlineShowsWhenItWasDueWhoAnswersForItAndHowItEnded() {
        Stream s = incident("i-1", "school-1");
        store.deliverAll(s.messages());

        assertThat(board(all())).containsExactly(
                new DeadlineView("i-1/FIRST_RESPONSE/1", FIRST_RESPONSE, CaseType.INCIDENT, "i-1", "SO-26-0001", "school-1",
                        FIRST_DUE, MET, "dsl1", s.at(3), null, "Post"),
                new DeadlineView("i-1/LADO_REFERRAL/1", LADO_REFERRAL, CaseType.INCIDENT, "i-1", "SO-26-0001", "school-1",
                        LADO_DUE, MISSED, "dsl2", null, s.at(6), "Post"));
        assertThat(store.raw(DeadlineDocument.COLLECTION).get(0).get("setAt")).isNotNull();
    }

    @Test
    void thePendingDeadlinesOfAnIncidentFollowItsOwner() {
        Stream s = incident("i-1", "school-1");
        store.deliverAll(s.messages().subList(0, 2));
        assertThat(board(all())).singleElement().extracting(DeadlineView::ownerId).isNull();

        store.deliver(s.message(2)); // triaged to dsl1
        assertThat(board(all())).singleElement().extracting(DeadlineView::ownerId).isEqualTo("dsl1");

        store.deliverAll(s.messages().subList(3, 6)); // met, LADO set for dsl1, reassigned to dsl2
        assertThat(board(all())).extracting(DeadlineView::kind, DeadlineView::status, DeadlineView::ownerId)
                .containsExactly(
                        tuple(FIRST_RESPONSE, MET, "dsl1"), // a met deadline stays put
                        tuple(LADO_REFERRAL, PENDING, "dsl2"));
    }

    @Test
    void aTriageThatNamesNoOwnerLeavesTheDeadlinesAsTheyWere() {
        IncidentId i = IncidentId.of("i-2");
        Stream s = new Stream("IncidentAggregate", "i-2", START)
                .then("t", new DeadlineSet("i-2/FIRST_RESPONSE/1", FIRST_RESPONSE, CaseType.INCIDENT, "i-2", "school-1",
                        FIRST_DUE, "dsl9"))
                .then("dsl1", new IncidentTriaged(i, Severity.LOW, "Minor", null, AllegationRoute.NONE))
                .then("dsl1", new IncidentAssigned(i, "dsl3", null));
        store.deliverAll(s.messages().subList(0, 2));
        assertThat(board(all())).singleElement().extracting(DeadlineView::ownerId).isEqualTo("dsl9");
        store.deliver(s.message(2));
        assertThat(board(all())).singleElement().extracting(DeadlineView::ownerId).isEqualTo("dsl3");
    }

    @Test
    void redeliveredEventsChangeNothingAndNeverBringAnEndedDeadlineBackToPending() {
        Stream s = incident("i-1", "school-1");
        store.deliverAll(s.messages());
        List<Document> deadlines = store.raw(DeadlineDocument.COLLECTION);
        List<Document> cases = store.raw(CaseDeadlinesDocument.COLLECTION);

        store.deliver(s.message(1)); // first response set again, after it was met
        store.deliver(s.message(4)); // LADO set again, after it was missed
        store.deliver(s.message(2)); // triaged again: must not hand the missed deadline back to dsl1
        store.deliverAll(s.messages());

        assertThat(store.raw(DeadlineDocument.COLLECTION)).isEqualTo(deadlines);
        assertThat(store.raw(CaseDeadlinesDocument.COLLECTION)).isEqualTo(cases);
        assertThat(board(all())).extracting(DeadlineView::status).containsExactly(MET, MISSED);
    }

    @Test
    void aDeadlineWrittenBeforeAnInterruptionIsNotTakenBackWhenTheCaseIndexLagsBehind() {
        Stream s = incident("i-1", "school-1");
        store.deliverAll(s.messages());
        List<Document> deadlines = store.raw(DeadlineDocument.COLLECTION);
        // as if the process died after writing the deadlines but before recording the events on the case's index
        store.mongo.updateFirst(Query.query(where("_id").is("case:i-1")), new Update().set("lastSequence", 0L),
                CaseDeadlinesDocument.COLLECTION);

        store.deliver(s.message(1)); // the redelivery starts again from the first response being set
        store.deliver(s.message(4));

        assertThat(store.raw(DeadlineDocument.COLLECTION)).isEqualTo(deadlines);
    }

    @Test
    void aCancelledDeadlineLeavesTheBoardAndARedeliveredSetDoesNotBringItBack() {
        String expiry = "d-1/WARNING_EXPIRY/1";
        Instant due = Instant.parse("2026-12-01T12:00:00Z");
        Stream s = new Stream("DisciplinaryCaseAggregate", "d-1", START)
                .then("hr1", new DeadlineSet(expiry, WARNING_EXPIRY, CaseType.DISCIPLINARY, "d-1", "school-1", due, "hr1"))
                .then("hr1", new DeadlineCancelled(expiry, WARNING_EXPIRY, CaseType.DISCIPLINARY, "d-1", "overturned"));
        store.deliverAll(s.messages());
        assertThat(board(all())).isEmpty();

        store.deliver(s.message(0));
        assertThat(board(all())).isEmpty();
        assertThat(store.raw(CaseDeadlinesDocument.COLLECTION)).singleElement().satisfies(d -> {
            assertThat(d.getString("_id")).isEqualTo("case:d-1");
            assertThat(d.getList("deadlineIds", String.class)).isEmpty();
        });
    }

    @Test
    void aLaterSetOfTheSameDeadlineStartsItAfresh() {
        String expiry = "d-1/WARNING_EXPIRY/1";
        Instant first = Instant.parse("2026-12-01T12:00:00Z");
        Instant second = Instant.parse("2027-06-01T12:00:00Z");
        Stream s = new Stream("DisciplinaryCaseAggregate", "d-1", START)
                .then("hr1", new DeadlineSet(expiry, WARNING_EXPIRY, CaseType.DISCIPLINARY, "d-1", "school-1", first, "hr1"))
                .then("hr2", new DeadlineCancelled(expiry, WARNING_EXPIRY, CaseType.DISCIPLINARY, "d-1", "varied"))
                .then("hr2", new DeadlineSet(expiry, WARNING_EXPIRY, CaseType.DISCIPLINARY, "d-1", "school-1", second, "hr1"))
                .clock(new DeadlineMet(expiry, WARNING_EXPIRY, CaseType.DISCIPLINARY, "d-1"));
        store.deliverAll(s.messages().subList(0, 3));
        assertThat(board(all())).singleElement().satisfies(d -> {
            assertThat(d.dueAt()).isEqualTo(second);
            assertThat(d.status()).isEqualTo(PENDING);
        });
        store.deliverAll(s.messages());
        assertThat(board(all())).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(MET);
            assertThat(d.metAt()).isEqualTo(s.at(3));
        });
    }

    @Test
    void aMissedDeadlineTheBoardNeverSawSetIsShownFromTheMissedEvent() {
        store.deliver(Stream.single("ComplaintAggregate", "c-1", 4, new DeadlineMissed("c-1/COMPLAINT_PANEL/1",
                COMPLAINT_PANEL, CaseType.COMPLAINT, "c-1", "school-2", LADO_DUE, "clerk"), START));

        assertThat(board(all())).containsExactly(new DeadlineView("c-1/COMPLAINT_PANEL/1", COMPLAINT_PANEL,
                CaseType.COMPLAINT, "c-1", null, "school-2", LADO_DUE, MISSED, "clerk", null, START));
    }

    /** Decision 0038: a case logged before references shows the one it is given later on every deadline, once. */
    @Test
    void aCaseGivenItsReferenceLaterShowsItOnEveryDeadline() {
        Stream s = incident("i-old", "school-1", null);
        store.deliverAll(s.messages());
        assertThat(board(all())).extracting(DeadlineView::caseReference).containsOnlyNulls().hasSize(2);
        s.then("tidemark", new IncidentReferenceAssigned(IncidentId.of("i-old"), "SO-25-0009"));
        store.deliverAll(s.messages());
        store.deliverAll(s.messages()); // redelivered: the same board
        assertThat(board(all())).extracting(DeadlineView::caseReference).containsExactly("SO-25-0009", "SO-25-0009");
    }

    /** Decision 0043: each deadline shows the case's first few words, as amended, cut to a line. */
    @Test
    void eachDeadlineCarriesTheCasesFewWordsAsLastAmended() {
        Stream s = incident("i-1", "school-1");
        s.then("dsl1", new ReportAmended(IncidentId.of("i-1"), "Post", "  A long account of a post\nshared in the "
                + "year group chat about a pupil, then forwarded to parents", null, null, null, null, "Clearer"));
        store.deliverAll(s.messages());
        store.deliverAll(s.messages()); // redelivered: the same board
        assertThat(board(all())).extracting(DeadlineView::caseSummary).containsOnly(
                "A long account of a post shared in the year group chat\u2026");
    }

    @Test
    void filtersNarrowTheBoardWhichIsSoonestDueFirst() {
        store.deliverAll(incident("i-1", "school-1").messages());                     // FR met, LADO missed
        store.deliverAll(incident("i-2", "school-2").messages().subList(0, 2));         // FR pending, no owner
        Instant hearing = Instant.parse("2026-05-04T12:00:00Z");
        store.deliver(Stream.single("DisciplinaryCaseAggregate", "d-1", 1, new DeadlineSet("d-1/HEARING_NOTICE/1",
                HEARING_NOTICE, CaseType.DISCIPLINARY, "d-1", "school-3", hearing, "hr1"), START));

        assertThat(ids(all())).containsExactly("d-1/HEARING_NOTICE/1", "i-1/FIRST_RESPONSE/1",
                "i-2/FIRST_RESPONSE/1" /* due at the same moment: by id */, "i-1/LADO_REFERRAL/1");
        assertThat(ids(new FindDeadlines(null, MISSED, null, null, null))).containsExactly("i-1/LADO_REFERRAL/1");
        assertThat(ids(new FindDeadlines(null, PENDING, null, null, null)))
                .containsExactly("d-1/HEARING_NOTICE/1", "i-2/FIRST_RESPONSE/1");
        assertThat(ids(new FindDeadlines(null, null, FIRST_RESPONSE, null, null)))
                .containsExactly("i-1/FIRST_RESPONSE/1", "i-2/FIRST_RESPONSE/1");
        assertThat(ids(new FindDeadlines(null, null, null, "i-1", null)))
                .containsExactly("i-1/FIRST_RESPONSE/1", "i-1/LADO_REFERRAL/1");
        assertThat(ids(new FindDeadlines(null, null, null, null, "dsl2"))).containsExactly("i-1/LADO_REFERRAL/1");
        assertThat(ids(new FindDeadlines(Set.of("school-2", "school-3"), null, null, null, null)))
                .containsExactly("d-1/HEARING_NOTICE/1", "i-2/FIRST_RESPONSE/1");
        assertThat(ids(new FindDeadlines(Set.of("school-1"), PENDING, null, null, null))).isEmpty();
        assertThat(ids(new FindDeadlines(Set.of(), null, null, null, null))).isEmpty();
    }

    /** A subject of a case never sees its deadlines: the API passes the cases they are a subject of ($nin). */
    @Test
    void theCasesExcludedForTheCallerLeaveTheBoardWhateverTheOtherFilters() {
        store.deliverAll(incident("i-1", "school-1").messages());
        store.deliverAll(incident("i-2", "school-1").messages().subList(0, 2));

        assertThat(ids(new FindDeadlines(Set.of("school-1"), null, null, null, null, Set.of("i-1"))))
                .containsExactly("i-2/FIRST_RESPONSE/1");
        assertThat(ids(new FindDeadlines(null, MISSED, null, null, null, Set.of("i-1")))).isEmpty();
        assertThat(ids(new FindDeadlines(null, null, null, "i-1", null, Set.of("i-1", "i-2")))).isEmpty();
        assertThat(ids(new FindDeadlines(null, null, null, null, null, Set.of()))).hasSize(3);
    }

    @Test
    void resetEmptiesTheBoardAndAReplayRebuildsIt() {
        Stream s = incident("i-1", "school-1");
        store.deliverAll(s.messages());
        List<DeadlineView> before = board(all());

        store.resetTokens();
        assertThat(store.raw(DeadlineDocument.COLLECTION)).isEmpty();
        assertThat(store.raw(CaseDeadlinesDocument.COLLECTION)).isEmpty();

        store.deliverAll(s.messages());
        assertThat(board(all())).isEqualTo(before);
    }

    private static FindDeadlines all() {
        return new FindDeadlines(null, null, null, null, null);
    }

    private List<DeadlineView> board(FindDeadlines query) {
        return store.ask(query, ResponseTypes.multipleInstancesOf(DeadlineView.class));
    }

    private List<String> ids(FindDeadlines query) {
        return board(query).stream().map(DeadlineView::deadlineId).toList();
    }
}
