package uk.tidemark.query.incident;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import uk.tidemark.kernel.complaint.ComplaintChannel;
import uk.tidemark.kernel.complaint.ComplaintId;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.disciplinary.event.DisciplinaryCaseOpened;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.event.*;
import uk.tidemark.kernel.incident.query.*;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The read model keeps the usernames linked to a case's subjects, and the queries leave those users' cases out.
 * Run on the embedded Mongo-compatible server (docs/platform-pitfalls.md #9): {@code $ne} and {@code $nin} on an array
 * field, {@code $or} over array fields and a plain equality on an array element are all in the subset it answers.
 * Four cases, a day apart: a names the deputy as its subject when logged; b links them later and opens an HR case
 * and a complaint; c names the deputy as a target only; d names no user.
 */
class ConflictOfInterestQueriesTest {
    private static final Instant DAY_1 = Instant.parse("2026-03-01T08:00:00Z");
    private static final PersonId STAFF = PersonId.of("p-staff");
    private static final PersonId PUPIL = PersonId.of("p-pupil");
    private final ReadStore store = new ReadStore();

    @BeforeEach
    void fourCases() {
        store.deliverAll(logged("a", DAY_1, Involvement.SUBJECT, "deputy").messages());
        CaseHistory b = logged("b", day(2), Involvement.SUBJECT, null);
        store.deliverAll(b.then("dsl", new PersonLinkedToUser(b.id, STAFF, "deputy"))
                .then("dsl", new DisciplinaryReferralMade(b.id, DisciplinaryCaseId.of("hr-1"), "school-1", STAFF,
                        "Jo Staff", true, true, "Messages to a pupil"))
                .then("dsl", new ComplaintReferralMade(b.id, ComplaintId.of("cp-1"), "school-1",
                        ComplaintChannel.EMAIL, "A parent", "About the messages"))
                .messages());
        store.deliverAll(logged("c", day(3), Involvement.TARGET, "deputy").messages());
        store.deliverAll(logged("d", day(4), Involvement.SUBJECT, null).messages());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theCaseListLeavesOutEveryCaseNamingTheUserAsASubjectAndCountsWithoutThem() {
        IncidentPage forDeputy = store.find(excluding("deputy", null), 0, 20);
        assertThat(ids(forDeputy)).containsExactly("d", "c");
        assertThat(forDeputy.total()).isEqualTo(2);
        assertThat(ids(store.find(excluding("dsl", null), 0, 20))).containsExactly("d", "c", "b", "a");
        assertThat(ids(store.find(excluding("deputy", Set.of("school-1")), 0, 1))).containsExactly("d");
        assertThat(store.find(excluding("deputy", Set.of("school-1")), 0, 1).total()).isEqualTo(2);
    }

    @Test
    void aDocumentWrittenBeforeLinksExistedIsListedForEveryone() {
        store.mongo.updateFirst(Query.query(where("_id").is("d")), new Update().unset("subjectUsernames"),
                IncidentDocument.COLLECTION);
        assertThat(store.raw(IncidentDocument.COLLECTION).get(3)).doesNotContainKey("subjectUsernames");
        assertThat(ids(store.find(excluding("deputy", null), 0, 20))).containsExactly("d", "c");
    }

    @Test
    void theDetailNamesTheLinkedUsersAndSaysWhoIsASubject() {
        IncidentDetail b = store.detail("b");
        assertThat(b.people()).extracting(Person::username).containsExactly(null, "deputy");
        assertThat(b.namesAsSubject("deputy")).isTrue();
        assertThat(store.detail("c").namesAsSubject("deputy")).isFalse();
        assertThat(store.detail("d").namesAsSubject(null)).isFalse();
        assertThat(store.chronologyOf("b").get(1).summary()).isEqualTo("Jo Staff identified as the user deputy");
        assertThat(store.chronologyOf("b").get(1).type()).isEqualTo("PERSON_LINKED_TO_USER");
    }

    @Test
    void theSubjectsOfACaseAreThoseOfTheIncidentItWasOpenedFrom() {
        assertThat(users("a")).containsExactly("deputy");
        assertThat(users("b")).containsExactly("deputy");
        assertThat(users("hr-1")).containsExactly("deputy");
        assertThat(users("cp-1")).containsExactly("deputy");
        assertThat(users("c")).isEmpty();
        assertThat(users("no-such-case")).isEmpty();
    }

    @Test
    void theCasesHiddenFromAUserAreTheIncidentsNamingThemAndEveryCaseOpenedFromThose() {
        ConflictedCases hidden = store.ask(new FindConflictedCases("deputy"), ConflictedCases.class);
        assertThat(hidden.incidentIds()).containsExactlyInAnyOrder("a", "b");
        assertThat(hidden.linkedCaseIds()).containsExactlyInAnyOrder("hr-1", "cp-1");
        assertThat(hidden.hides("hr-1")).isTrue();
        assertThat(hidden.hides("some-complaint", "b")).isTrue();
        assertThat(hidden.hides("c")).isFalse();
        assertThat(store.ask(new FindConflictedCases("dsl"), ConflictedCases.class).all()).isEmpty();
    }

    @Test
    void anHrCaseNamingTheEmployeesAccountIsHiddenFromThemAndNamesThemAsItsSubject() {
        DisciplinaryCaseOpened aboutTheHead = new DisciplinaryCaseOpened(DisciplinaryCaseId.of("hr-2"), "school-1",
                "Hana Head", null, true, false, "A post about a parent", null, "hr", "head");
        store.deliver(new GenericDomainEventMessage<>("DisciplinaryCaseAggregate", "hr-2", 0, aboutTheHead,
                MetaData.with(Meta.ACTOR, "hr"), "opened-hr-2", day(5)));
        assertThat(users("hr-2")).containsExactly("head");
        ConflictedCases hidden = store.ask(new FindConflictedCases("head"), ConflictedCases.class);
        assertThat(hidden.incidentIds()).isEmpty();
        assertThat(hidden.linkedCaseIds()).containsExactly("hr-2");
        assertThat(store.ask(new FindConflictedCases("deputy"), ConflictedCases.class).linkedCaseIds())
                .containsExactlyInAnyOrder("hr-1", "cp-1");
        assertThat(users("hr-1")).containsExactly("deputy"); // an HR case opened from an incident: its subjects
    }

    @Test
    void aRedeliveredOrReplayedLinkLeavesTheSameDocument() {
        List<Document> before = store.raw(IncidentDocument.COLLECTION);
        store.deliverAll(logged("b", day(2), Involvement.SUBJECT, null)
                .then("dsl", new PersonLinkedToUser(IncidentId.of("b"), STAFF, "deputy")).messages());
        assertThat(store.raw(IncidentDocument.COLLECTION)).isEqualTo(before);
    }

    private CaseHistory logged(String id, Instant at, Involvement involvement, String username) {
        CaseHistory c = new CaseHistory(id, at);
        return c.then("staff", new IncidentLogged(c.id, "school-1", Category.STAFF_MISUSE, Platform.FACEBOOK,
                at.minusSeconds(3600), "A post", List.of(),
                List.of(new Person(PUPIL, "Sam Pupil", PersonRole.PUPIL, Involvement.TARGET),
                        new Person(STAFF, "Jo Staff", PersonRole.STAFF, involvement, username)),
                false, "staff"));
    }

    private Set<String> users(String caseId) {
        return store.ask(new FindConflictedUsers(caseId), ConflictedUsers.class).usernames();
    }

    private static IncidentFilter excluding(String username, Set<String> settings) {
        return new IncidentFilter(null, null, null, null, null, null, settings, null, username);
    }

    private static Instant day(int n) {
        return DAY_1.plusSeconds(86_400L * (n - 1));
    }

    private static List<String> ids(IncidentPage page) {
        return page.items().stream().map(IncidentSummary::id).toList();
    }
}
