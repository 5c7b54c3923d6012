package uk.tidemark.query.incident;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.event.CategoryChanged;
import uk.tidemark.kernel.incident.event.IncidentLogged;
import uk.tidemark.kernel.incident.query.ChronologyEntry;
import uk.tidemark.kernel.incident.query.IncidentDetail;
import uk.tidemark.kernel.incident.query.IncidentFilter;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trust's own category on the read side (decision 0041): the case, its list row and the report as first logged hold
 * it by the name its event gave; the chronology names it as each event did; a case without one stores no field at all,
 * so that the documents of cases logged before trust categories read back as they were.
 */
class TrustCategoryProjectionTest {

    private static final TrustCategory GROUP_CHATS =
            new TrustCategory("group-chats", "Group chats", Category.CYBERBULLYING);
    private static final TrustCategory FAKES =
            new TrustCategory("fake-staff-accounts", "Fake staff accounts", Category.DEFAMATION);

    private final ReadStore store = new ReadStore();

    @AfterEach
    void close() {
        store.close();
    }

    private static IncidentLogged logged(String id, TrustCategory trust) {
        return new IncidentLogged(IncidentId.of(id), "school-1", Category.CYBERBULLYING, Platform.WHATSAPP,
                CaseHistory.START.minusSeconds(3600), "A group chat", List.of(),
                List.of(new Person(CaseHistory.PUPIL, "Sam Pupil", PersonRole.PUPIL, Involvement.TARGET)), false,
                "teacher1", "AS-26-0001", trust);
    }

    @Test
    void theCaseItsRowAndItsChronologyHoldTheTrustCategoryAsEachEventNamedIt() {
        CaseHistory history = new CaseHistory("case-1")
                .then("teacher1", logged("case-1", GROUP_CHATS))
                .then("dsl", new CategoryChanged(IncidentId.of("case-1"), Category.CYBERBULLYING, Category.DEFAMATION,
                        List.of(), List.of(), "A fake account of a teacher", GROUP_CHATS, FAKES));
        store.deliver(history.message(0));
        IncidentDetail logged = store.detail("case-1");
        assertThat(logged.trustCategory()).isEqualTo(GROUP_CHATS);
        assertThat(store.find(new IncidentFilter(null, null, null, null, null, null, null, null, null), 0, 10)
                .items().get(0).trustCategory()).isEqualTo(GROUP_CHATS);

        store.deliver(history.message(1));
        IncidentDetail changed = store.detail("case-1");
        assertThat(changed.category()).isEqualTo(Category.DEFAMATION);
        assertThat(changed.trustCategory()).isEqualTo(FAKES);
        assertThat(changed.asLogged().trustCategory()).as("the report as first logged").isEqualTo(GROUP_CHATS);
        assertThat(store.chronologyOf("case-1")).extracting(ChronologyEntry::summary).containsExactly(
                "Logged: cyberbullying (Group chats) on WhatsApp; 1 person named",
                "From cyberbullying (Group chats) to defamation (Fake staff accounts): "
                        + "A fake account of a teacher");
    }

    @Test
    void aChangeOfTheTrustCategoryAloneIsACategoryChangeAndOfTheOtherKindsAloneIsNot() {
        CaseHistory history = new CaseHistory("case-2")
                .then("teacher1", logged("case-2", GROUP_CHATS))
                .then("dsl", new CategoryChanged(IncidentId.of("case-2"), Category.CYBERBULLYING,
                        Category.CYBERBULLYING, List.of(), List.of(), "Not the trust's word", GROUP_CHATS, null))
                .then("dsl", new CategoryChanged(IncidentId.of("case-2"), Category.CYBERBULLYING,
                        Category.CYBERBULLYING, List.of(), List.of(Category.IMAGE_CONSENT_BREACH), "A photo too",
                        null, null));
        store.deliverAll(history.messages());
        assertThat(store.detail("case-2").trustCategory()).isNull();
        assertThat(store.chronologyOf("case-2")).extracting(ChronologyEntry::summary).containsSubsequence(
                "From cyberbullying (Group chats) to cyberbullying: Not the trust's word",
                "Other kinds of concern changed: cyberbullying; also image consent breach (was nothing else): "
                        + "A photo too");
    }

    @Test
    void aCaseWithoutOneStoresNoTrustCategoryField() {
        store.deliverAll(new CaseHistory("case-3").then("teacher1", logged("case-3", null))
                .then("dsl", new CategoryChanged(IncidentId.of("case-3"), Category.CYBERBULLYING,
                        Category.DEFAMATION, List.of(), List.of(), "About a teacher")).messages());
        Document stored = store.raw(IncidentDocument.COLLECTION).get(0);
        assertThat(stored).doesNotContainKey("trustCategory");
        assertThat((Document) stored.get("asLogged")).doesNotContainKey("trustCategory");
        assertThat(store.detail("case-3").trustCategory()).isNull();
    }
}
