package uk.tidemark.query.incident;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.event.IncidentReferenceAssigned;
import uk.tidemark.kernel.incident.event.IncidentLogged;
import uk.tidemark.kernel.incident.query.FindIncidents;
import uk.tidemark.kernel.incident.query.IncidentFilter;
import uk.tidemark.kernel.incident.query.IncidentPage;
import uk.tidemark.kernel.incident.query.IncidentSummary;
import uk.tidemark.query.disciplinary.EmployeeAccounts;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case is found by its reference, a person's name or words of its summary (decision 0038), within the caller's
 * scope, alike from the case list's in-memory index and from the store's own query.
 */
class IncidentSearchTest {
    private static final Instant DAY_1 = Instant.parse("2026-03-02T09:00:00Z");

    private final ReadStore store = new ReadStore();
    private final EmployeeAccounts employees = new EmployeeAccounts(store.mongo);
    private final IncidentQueries fromIndex = new IncidentQueries(store.mongo, employees, store.index);
    private final IncidentQueries fromStore = new IncidentQueries(store.mongo, employees,
            new IncidentListIndex(store.mongo, false));

    @BeforeEach
    void threeCases() {
        store.deliver(ReadStore.message(logged("a", "school-1", "RP-26-0001", "Comments on Instagram about a pupil",
                "Zoë O'Neill"), 0, DAY_1, "teacher1"));
        store.deliver(ReadStore.message(logged("b", "school-1", "RP-26-0002", "A fake account copying the school",
                "Sam Taylor"), 0, DAY_1.plusSeconds(60), "teacher1"));
        store.deliver(ReadStore.message(logged("c", "school-2", "HA-26-0001", "Photo of a pupil posted by a parent",
                "Zoe Smith"), 0, DAY_1.plusSeconds(120), "teacher2"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aCaseIsFoundByItsReferenceInAnyCase() {
        assertThat(search("RP-26-0002")).containsExactly("b");
        assertThat(search("  rp-26-0002 ")).containsExactly("b");
        assertThat(search("RP-26-000")).as("a reference is matched whole").isEmpty();
    }

    @Test
    void aCaseIsFoundByAPersonsNameInAnyCaseAndWithoutItsAccents() {
        assertThat(search("zoe")).containsExactly("c", "a");
        assertThat(search("ZOË o'neill")).containsExactly("a");
        assertThat(search("oneill")).containsExactly("a");
        assertThat(search("Taylor")).containsExactly("b");
    }

    @Test
    void aCaseIsFoundByWordsOfItsSummaryEveryWordPresent() {
        assertThat(search("pupil")).containsExactly("c", "a");
        assertThat(search("pupil instagram")).containsExactly("a");
        assertThat(search("pupil facebook")).isEmpty();
    }

    @Test
    void whatLooksLikeAPatternIsSearchedForAsText() {
        assertThat(search(".*")).isEmpty();
        assertThat(search("(")).isEmpty();
    }

    @Test
    void aSearchKeepsToTheCallersScope() {
        IncidentFilter schoolOne = new IncidentFilter(null, null, null, null, null, null, Set.of("school-1"), null);
        assertThat(ids(fromIndex, schoolOne.searching("pupil"))).containsExactly("a");
        assertThat(ids(fromStore, schoolOne.searching("pupil"))).containsExactly("a");
        assertThat(ids(fromIndex, schoolOne.searching("HA-26-0001"))).isEmpty();
        assertThat(ids(fromStore, schoolOne.searching("HA-26-0001"))).isEmpty();
    }

    @Test
    void theListCarriesEachCasesReference() {
        IncidentPage page = fromIndex.handle(new FindIncidents(IncidentFilter.none(), 0, 10));
        assertThat(page.items()).extracting(IncidentSummary::reference)
                .containsExactly("HA-26-0001", "RP-26-0002", "RP-26-0001");
    }

    @Test
    void aCaseLoggedBeforeReferencesIsFoundByTheOneItIsGivenAndARedeliveryChangesNothing() {
        store.deliver(ReadStore.message(logged("old", "school-1", null, "Old case", "Ann Old"), 0,
                DAY_1.minusSeconds(86_400), "teacher1"));
        assertThat(store.detail("old").reference()).isNull();
        var assigned = ReadStore.message(new IncidentReferenceAssigned(IncidentId.of("old"), "RP-25-0007"), 1,
                DAY_1.plusSeconds(600), "tidemark");
        store.deliver(assigned);
        store.deliver(assigned);
        assertThat(store.detail("old").reference()).isEqualTo("RP-25-0007");
        assertThat(store.detail("old").version()).isEqualTo(1);
        assertThat(store.detail("old").updatedAt()).as("not an update of the case")
                .isEqualTo(DAY_1.minusSeconds(86_400));
        assertThat(search("rp-25-0007")).containsExactly("old");
    }

    @Test
    void aDocumentStoredBeforeThereWasASearchGetsItsWordsWithItsReference() {
        store.deliver(ReadStore.message(logged("old", "school-1", null, "Old case", "Ann Old"), 0,
                DAY_1.minusSeconds(86_400), "teacher1"));
        // as the version before searches stored it
        store.mongo.getCollection(IncidentDocument.COLLECTION).updateOne(new Document("_id", "old"),
                new Document("$unset", new Document("searchText", "")));
        IncidentFilter annOld = IncidentFilter.none().searching("ann old");
        assertThat(ids(fromStore, annOld)).isEmpty();
        store.deliver(ReadStore.message(new IncidentReferenceAssigned(IncidentId.of("old"), "RP-25-0007"), 1,
                DAY_1, "tidemark"));
        assertThat(ids(fromStore, annOld)).containsExactly("old");
        assertThat(ids(fromIndex, annOld)).containsExactly("old");
    }

    /** The ids found, from the index and from the store, which must agree. */
    private List<String> search(String text) {
        IncidentFilter filter = IncidentFilter.none().searching(text);
        List<String> indexed = ids(fromIndex, filter);
        assertThat(ids(fromStore, filter)).as("the store's answer to " + text).isEqualTo(indexed);
        return indexed;
    }

    private static List<String> ids(IncidentQueries queries, IncidentFilter filter) {
        return queries.handle(new FindIncidents(filter, 0, 20)).items().stream().map(IncidentSummary::id).toList();
    }

    private static IncidentLogged logged(String id, String setting, String reference, String summary, String name) {
        return new IncidentLogged(IncidentId.of(id), setting, Category.CYBERBULLYING, Platform.INSTAGRAM,
                DAY_1.minusSeconds(3600), summary, List.of(),
                List.of(new Person(PersonId.of(id + "-p"), name, PersonRole.PUPIL, Involvement.TARGET)), false,
                "teacher1", reference);
    }
}
