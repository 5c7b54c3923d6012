package uk.tidemark.query.incident;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.event.*;
import uk.tidemark.kernel.incident.query.ChronologyEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ChronologyProjectionTest {
    private final ReadStore store = new ReadStore();
    private final CaseHistory lifecycle = CaseHistory.wholeLifecycle("case-1");

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void chronologyListsEveryEventOldestFirstWithTypeActorAndTime() {
        // the rest delivered newest first, to show the order comes from the sequence, not from arrival
        var newestFirst = new ArrayList<>(lifecycle.messages().subList(1, 16));
        Collections.reverse(newestFirst);
        store.deliver(lifecycle.message(0));
        newestFirst.forEach(store::deliver);

        List<ChronologyEntry> entries = store.chronologyOf("case-1");
        assertThat(entries).extracting(ChronologyEntry::sequence)
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L);
        assertThat(entries).extracting(ChronologyEntry::type).containsExactly(
                "INCIDENT_LOGGED", "INCIDENT_TRIAGED", "NOTE_ADDED", "EVIDENCE_RECORDED", "CONTENT_ACTION_RECORDED",
                "WARNING_ISSUED", "WARNING_RESPONSE_RECORDED", "ESCALATED_TO_POLICE", "POLICE_UPDATE_RECORDED",
                "POLICE_UPDATE_RECORDED", "REFERRED_TO_AGENCY", "CONTENT_ACTION_RECORDED", "INCIDENT_CLOSED",
                "INCIDENT_REOPENED", "INCIDENT_ASSIGNED", "INCIDENT_CLOSED");
        assertThat(entries.get(0).actor()).isEqualTo("teacher1");
        assertThat(entries.get(6).actor()).isEqualTo("head");
        assertThat(entries.get(1).actor()).isEqualTo("dsl");
        assertThat(entries.get(12).at()).isEqualTo(lifecycle.at(12));
    }

    @Test
    void eachEntryIsOnePlainEnglishSentence() {
        store.deliverAll(lifecycle.messages());

        assertThat(store.chronologyOf("case-1")).extracting(ChronologyEntry::summary).containsExactly(
                "Logged: cyberbullying on Instagram; 3 people named; immediate risk",
                "Triaged as HIGH (route: harm threshold): Staff member named",
                "Note: Spoke to the pupil's form tutor",
                "Evidence preserved: Screenshot of the post (SHA-256 abababababab…)",
                "Content action: reported to platform (ref IG-77): Reported as bullying",
                "Written warning issued to Jo Bloggs by letter; response due 2026-05-30",
                "Warning response: complied",
                "Escalated to police (harassment), Thames Valley Police, ref CR/123",
                "Police update: Under investigation: Officer assigned",
                "Police update: Charged, ref CR/456",
                "Referred to LADO: Harm threshold met",
                "Content action: post deleted",
                "Closed: no further action — Post removed and apology given",
                "Reopened: New posts appeared",
                "Assigned to dsl2: Cover while dsl is away",
                "Closed: police action — Police charged the poster");
    }

    @Test
    void sentencesNameAgenciesPlatformsAndWarningsAsADslWould() {
        IncidentId id = IncidentId.of("case-2");
        CaseHistory c = new CaseHistory("case-2")
                .then("dsl", new IncidentLogged(id, "school-1", Category.STAFF_MISUSE, Platform.TIKTOK, null, "x",
                        List.of(), List.of(new Person(CaseHistory.TEACHER, "Jo Bloggs", PersonRole.STAFF,
                        Involvement.SUBJECT)), false, "dsl"))
                .then("dsl", new WarningIssued(id, WarningId.of("w-2"), CaseHistory.TEACHER, WarningKind.REMOVAL_REQUEST,
                        WarningChannel.MEETING, "Take it down", null))
                .then("system", new WarningResponseRecorded(id, WarningId.of("w-2"), WarningResponse.NO_RESPONSE, null))
                .then("dsl", new ReferredToAgency(id, "r-1", Agency.CHILDRENS_SOCIAL_CARE, "Concern at home", "CSC-4"));
        store.deliverAll(c.messages());

        assertThat(store.chronologyOf("case-2")).extracting(ChronologyEntry::summary).containsExactly(
                "Logged: staff misuse of social media on TikTok; 1 person named",
                "Written request to remove content issued to Jo Bloggs in a meeting",
                "Warning response: no response by the due date",
                "Referred to children's social care (ref CSC-4): Concern at home");
    }

    @Test
    void aCorrectionSaysWhatChangedFromWhatAndNotItsTypeAgain() {
        IncidentId id = IncidentId.of("case-5");
        Person teacher = new Person(CaseHistory.TEACHER, "Jo Bloggs", PersonRole.STAFF, Involvement.SUBJECT);
        CaseHistory c = new CaseHistory("case-5").logged("school-1", Category.CYBERBULLYING, "teacher1")
                .then("dsl", new PersonAddedToCase(id, new Person(PersonId.of("p-added"), "Jo Parent",
                        PersonRole.PARENT_CARER, Involvement.WITNESS), "Sent the screenshots to the school"))
                .then("dsl", new PersonCorrected(id, teacher, new Person(CaseHistory.TEACHER, "Joe Bloggs",
                        PersonRole.STAFF, Involvement.WITNESS), "Named by mistake"))
                .then("dsl", new CategoryChanged(id, Category.CYBERBULLYING, Category.DEFAMATION, List.of(),
                        List.of(Category.IMAGE_CONSENT_BREACH), "The post names a teacher"))
                .then("dsl", new CategoryChanged(id, Category.DEFAMATION, Category.DEFAMATION,
                        List.of(Category.IMAGE_CONSENT_BREACH), List.of(), "The photo was not of a pupil"))
                .then("dsl", new ReportAmended(id, null, null, Instant.parse("2026-04-30T07:00:00Z"),
                        Instant.parse("2026-04-29T18:30:00Z"), Platform.INSTAGRAM, Platform.TIKTOK,
                        "The parent says it was on TikTok"));
        store.deliverAll(c.messages());

        // a page shows "<type in words>: <sentence>", so "Person corrected: Jo Bloggs: name …", said once
        List<ChronologyEntry> corrections = store.chronologyOf("case-5").subList(1, 6);
        assertThat(corrections).extracting(ChronologyEntry::summary).containsExactly(
                "Jo Parent (parent carer, witness): Sent the screenshots to the school",
                "Jo Bloggs: name Jo Bloggs → Joe Bloggs; involvement subject → witness: Named by mistake",
                "From cyberbullying to defamation; also image consent breach (was nothing else): "
                        + "The post names a teacher",
                "Other kinds of concern changed: defamation; also nothing else (was image consent breach): "
                        + "The photo was not of a pupil",
                "When it happened 30 Apr 2026, 08:00 → 29 Apr 2026, 19:30; where Instagram → TikTok: "
                        + "The parent says it was on TikTok");
        assertThat(corrections).allSatisfy(e -> assertThat(e.summary().toLowerCase(Locale.ROOT))
                .doesNotStartWith(e.type().replace('_', ' ').toLowerCase(Locale.ROOT))
                .doesNotStartWith("person added").doesNotStartWith("category changed"));
    }

    @Test
    void longFreeTextIsCutToOneShortLine() {
        String longNote = "word ".repeat(100) + "\nsecond line";
        CaseHistory c = new CaseHistory("case-3").logged("school-1", Category.OTHER, "dsl")
                .then("dsl", new NoteAdded(IncidentId.of("case-3"), "n-1", longNote));
        store.deliverAll(c.messages());

        String summary = store.chronologyOf("case-3").get(1).summary();
        assertThat(summary).startsWith("Note: word word").endsWith("…").doesNotContain("\n");
        assertThat(summary.length()).isLessThanOrEqualTo("Note: ".length() + ChronologySentences.MAX_FREE_TEXT);
    }

    @Test
    void redeliveredEventsDoNotAddEntries() {
        store.deliverAll(lifecycle.messages());
        store.deliverAll(lifecycle.messages());
        store.deliver(lifecycle.message(5));

        assertThat(store.chronologyOf("case-1")).hasSize(16);
        assertThat(store.mongo.getCollection("chronology").countDocuments()).isEqualTo(16);
        assertThat(store.raw("chronology").get(0).getString("_id")).isEqualTo("case-1/0");
    }

    @Test
    void chronologyOfOneCaseLeavesOutOtherCases() {
        store.deliverAll(lifecycle.messages());
        store.deliverAll(new CaseHistory("case-9").logged("school-2", Category.OTHER, "teacher9").messages());

        assertThat(store.chronologyOf("case-9")).singleElement()
                .extracting(ChronologyEntry::actor).isEqualTo("teacher9");
        assertThat(store.chronologyOf("unknown")).isEmpty();
    }

    @Test
    void theFormerSecondIndexIsDroppedAndTheEntryIdAloneKeepsEachEventOnce() {
        store.mongo.indexOps("chronology").ensureIndex(new org.springframework.data.mongodb.core.index.Index()
                .named("incident_sequence").on("incidentId", org.springframework.data.domain.Sort.Direction.ASC)
                .on("sequence", org.springframework.data.domain.Sort.Direction.ASC).unique()); // as earlier versions made
        store.incidents.createIndexes(); // as on every start-up
        store.chronology.createIndexes();
        store.chronology.createIndexes(); // idempotent

        assertThat(store.mongo.indexOps("chronology").getIndexInfo())
                .noneSatisfy(i -> assertThat(i.getName()).isEqualTo("incident_sequence"));
        store.deliverAll(lifecycle.messages());
        store.deliverAll(lifecycle.messages()); // redelivered: the same ids, written over
        assertThat(store.raw("chronology")).hasSize(lifecycle.messages().size());
        assertThat(store.chronologyOf(lifecycle.id.value())).hasSize(lifecycle.messages().size());
    }

    @Test
    void dueDateIsKeptAsTheCalendarDateWhateverTheZone() {
        CaseHistory c = new CaseHistory("case-4").logged("school-1", Category.OTHER, "dsl")
                .then("dsl", new WarningIssued(IncidentId.of("case-4"), CaseHistory.WARNING, CaseHistory.PUPIL,
                        WarningKind.VERBAL, WarningChannel.PHONE, "Stop", LocalDate.parse("2026-12-31")));
        store.deliverAll(c.messages());

        assertThat(store.raw("incidents").get(0).getList("warnings", org.bson.Document.class).get(0)
                .get("responseDueBy")).isEqualTo("2026-12-31");
        assertThat(store.chronologyOf("case-4").get(1).summary())
                .isEqualTo("Verbal warning issued to Sam Pupil by phone; response due 2026-12-31");
    }

    @Test
    void anExportedBundleIsALineNamingItsRecipientAndCountsInTheCasesVersion() {
        store.deliver(lifecycle.message(0));
        IncidentId id = IncidentId.of("case-1");
        store.deliver(ReadStore.message(new CaseBundleExported(id, "bundle-1", "The LADO", true, "a".repeat(64),
                "b".repeat(64)), 1, lifecycle.at(1), "dsl"));

        List<ChronologyEntry> entries = store.chronologyOf("case-1");
        assertThat(entries).extracting(ChronologyEntry::type).containsExactly("INCIDENT_LOGGED",
                "CASE_BUNDLE_EXPORTED");
        assertThat(entries.get(1).summary()).isEqualTo("Case bundle exported for The LADO");
        assertThat(entries.get(1).actor()).isEqualTo("dsl");
    }
}
