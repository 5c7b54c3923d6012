package uk.tidemark.query.incident;

import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.event.IncidentLogged;
import uk.tidemark.kernel.incident.event.NoteAdded;
import uk.tidemark.kernel.incident.query.PersonChronology;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A person's chronology: the cases naming them, merged in time order, within the caller's settings. */
class PersonProjectionTest {

    private static final PersonId PUPIL = PersonId.of("pupil-1");
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private final ReadStore store = new ReadStore();

    @AfterEach
    void close() {
        store.close();
    }

    private static DomainEventMessage<?> logged(String caseId, String settingId, Instant at, Involvement involvement) {
        return ReadStore.message(new IncidentLogged(IncidentId.of(caseId), settingId, Category.CYBERBULLYING,
                Platform.TIKTOK, at, "Comments", List.of(), List.of(new Person(PUPIL, "Pupil One", PersonRole.PUPIL,
                involvement)), false, "staff"), 0, at, "staff");
    }

    @Test
    void aPersonsCasesMergeInTimeOrderAndRedeliveryAddsNothing() {
        List<DomainEventMessage<?>> events = List.of(
                logged("case-a", "school-1", T0, Involvement.TARGET),
                logged("case-b", "school-1", T0.plusSeconds(3600), Involvement.WITNESS),
                ReadStore.message(new NoteAdded(IncidentId.of("case-a"), "n-1", "Spoke to the pupil"), 1,
                        T0.plusSeconds(7200), "dsl"),
                logged("case-c", "school-2", T0.plusSeconds(60), Involvement.TARGET));
        store.deliverAll(events);
        store.deliverAll(events); // redelivered: nothing doubles

        PersonChronology all = store.personChronology("pupil-1", null).orElseThrow();
        assertThat(all.cases()).extracting(PersonChronology.PersonCase::incidentId)
                .containsExactly("case-a", "case-c", "case-b");
        assertThat(all.entries()).extracting(PersonChronology.Entry::incidentId)
                .containsExactly("case-a", "case-c", "case-b", "case-a");
        assertThat(all.cases().get(2).involvement()).isEqualTo(Involvement.WITNESS);

        PersonChronology school1 = store.personChronology("pupil-1", Set.of("school-1")).orElseThrow();
        assertThat(school1.cases()).extracting(PersonChronology.PersonCase::incidentId)
                .containsExactly("case-a", "case-b");
        assertThat(store.personChronology("pupil-1", Set.of("school-9"))).isEmpty();
        assertThat(store.personChronology("nobody", null)).isEmpty();
    }
}
