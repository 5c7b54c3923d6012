package uk.tidemark.query.incident;

import org.axonframework.eventhandling.DomainEventMessage;
import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.event.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the event history of one case, numbering sequences from 0 and spacing events a minute apart (whole
 * milliseconds: MongoDB stores instants at that precision).
 */
final class CaseHistory {
    static final Instant START = Instant.parse("2026-05-01T09:00:00Z");
    static final PersonId PUPIL = PersonId.of("p-pupil");
    static final PersonId TEACHER = PersonId.of("p-teacher");
    static final PersonId PARENT = PersonId.of("p-parent");
    static final WarningId WARNING = WarningId.of("w-1");

    final IncidentId id;
    private final Instant start;
    private final List<DomainEventMessage<IncidentEvent>> messages = new ArrayList<>();

    CaseHistory(String id) {
        this(id, START);
    }

    CaseHistory(String id, Instant start) {
        this.id = IncidentId.of(id);
        this.start = start;
    }

    CaseHistory then(String actor, IncidentEvent event) {
        long seq = messages.size();
        messages.add(ReadStore.message(event, seq, at(seq), actor));
        return this;
    }

    Instant at(long seq) {
        return start.plusSeconds(60 * seq);
    }

    List<DomainEventMessage<IncidentEvent>> messages() {
        return List.copyOf(messages);
    }

    DomainEventMessage<IncidentEvent> message(long seq) {
        return messages.get((int) seq);
    }

    CaseHistory logged(String settingId, Category category, String reporter) {
        return then(reporter, new IncidentLogged(id, settingId, category, Platform.INSTAGRAM, START.minusSeconds(3600),
                "Posts naming a pupil", List.of("https://instagram.example/p/1"),
                List.of(new Person(PUPIL, "Sam Pupil", PersonRole.PUPIL, Involvement.TARGET),
                        new Person(TEACHER, "Jo Bloggs", PersonRole.STAFF, Involvement.SUBJECT),
                        new Person(PARENT, "Pat Parent", PersonRole.PARENT_CARER, Involvement.WITNESS)),
                true, reporter));
    }

    CaseHistory triaged(Severity severity, String owner) {
        return then("dsl", new IncidentTriaged(id, severity, "Staff member named", owner, AllegationRoute.HARM_THRESHOLD));
    }

    CaseHistory escalated() {
        return then("dsl", new EscalatedToPolice(id, "esc-1", PoliceReason.HARASSMENT, "Thames Valley Police",
                "CR/123", null));
    }

    CaseHistory closed(Outcome outcome, String rationale) {
        return then("dsl", new IncidentClosed(id, outcome, rationale));
    }

    /** Every kind of event, including a close, a reopen and a second close. */
    static CaseHistory wholeLifecycle(String id) {
        CaseHistory c = new CaseHistory(id);
        IncidentId i = c.id;
        return c.logged("school-1", Category.CYBERBULLYING, "teacher1")                                     // 0
                .triaged(Severity.HIGH, "dsl")                                                               // 1
                .then("dsl", new NoteAdded(i, "n-1", "Spoke to the pupil's form tutor"))                     // 2
                .then("dsl", new EvidenceRecorded(i, "e-1", "Screenshot of the post", "ab".repeat(32),
                        START.minusSeconds(600), "https://instagram.example/p/1"))                            // 3
                .then("dsl", new ContentActionRecorded(i, "a-1", ContentAction.REPORTED_TO_PLATFORM, "IG-77",
                        "Reported as bullying"))                                                              // 4
                .then("dsl", new WarningIssued(i, WARNING, TEACHER, WarningKind.WRITTEN, WarningChannel.LETTER,
                        "Remove the post", LocalDate.parse("2026-05-30")))                                    // 5
                .then("head", new WarningResponseRecorded(i, WARNING, WarningResponse.COMPLIED, null))        // 6
                .escalated()                                                                                 // 7
                .then("dsl", new PoliceUpdateRecorded(i, "u-1", "Under investigation", "Officer assigned", null)) // 8
                .then("dsl", new PoliceUpdateRecorded(i, "u-2", "Charged", null, "CR/456"))                   // 9
                .then("dsl", new ReferredToAgency(i, "r-1", Agency.LADO, "Harm threshold met", null))         // 10
                .then("dsl", new ContentActionRecorded(i, "a-2", ContentAction.POST_DELETED, null, null))     // 11
                .closed(Outcome.NO_FURTHER_ACTION, "Post removed and apology given")                          // 12
                .then("head", new IncidentReopened(i, "New posts appeared"))                                  // 13
                .then("head", new IncidentAssigned(i, "dsl2", "Cover while dsl is away"))                     // 14
                .closed(Outcome.POLICE_ACTION, "Police charged the poster");                                  // 15
    }
}
