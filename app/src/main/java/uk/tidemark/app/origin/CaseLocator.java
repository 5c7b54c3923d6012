package uk.tidemark.app.origin;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.complaint.event.ComplaintReceived;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.register.RegisterRecordStarted;
import uk.tidemark.kernel.disciplinary.event.DisciplinaryCaseOpened;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.Person;
import uk.tidemark.kernel.incident.event.IncidentLogged;
import uk.tidemark.kernel.incident.event.IncidentTransferred;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a case belongs and who started it, read from the case's first event in the event store. Actions are
 * authorised from here rather than from a read model, which may not have caught up with a case started a few
 * milliseconds ago: a DSL acting at once on a fresh case must not be told it does not exist.
 */
@Component
public class CaseLocator {

    /**
     * The facts of a case that decide who may see it; they never change after it starts, but for the setting of an
     * incident sent to another setting of the trust with a record transfer (decision 0055): its latest. {@code startedBy} is
     * the reporter of an incident, the HR user who opened a disciplinary case, the receiver of a complaint.
     * {@code linkedIncidentId} is the incident a disciplinary case or complaint was opened from (null otherwise);
     * {@code subjects} the users an incident named as its subjects when it was logged (links made later are in
     * the read model, see {@code ConflictOfInterest}), or the employee's account a disciplinary case names.
     */
    public record CaseOrigin(CaseType type, String settingId, String startedBy, String linkedIncidentId,
                             Set<String> subjects) {

        public CaseOrigin {
            subjects = subjects == null ? Set.of() : Set.copyOf(subjects);
        }

        /** The incident whose subjects this case inherits: itself, or the one it was opened from. */
        public String incidentIdFor(String caseId) {
            return type == CaseType.INCIDENT ? caseId : linkedIncidentId;
        }
    }

    /**
     * A case's origin never changes once started, so found origins are kept (bounded, least recently used
     * first out): it saves reading the event stream a second time on every action. Unknown ids are not kept. An
     * incident's setting can change with a record transfer, made on this instance or another: for an incident only
     * the events after those already read are read on each request (usually none; one indexed query).
     */
    private static final int CACHED_CASES = 10_000;

    /** A found origin, and the sequence number of the case's last event read for it. */
    private record Found(CaseOrigin origin, long readTo) {
    }

    private final EventStore events;
    private final Map<String, Found> known = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Found> eldest) {
                    return size() > CACHED_CASES;
                }
            });

    public CaseLocator(EventStore events) {
        this.events = events;
    }

    /**
     * Forgets what was found for these cases: an incident just transferred to another setting (decision 0055) is
     * read again from its stream on the next request.
     */
    public void forget(java.util.Collection<String> caseIds) {
        caseIds.forEach(known::remove);
    }

    /** Empty when no case of this type has this id (an id of another type of case is not found either). */
    public Optional<CaseOrigin> locate(String caseId, CaseType type) {
        if (caseId == null || caseId.isBlank()) {
            return Optional.empty();
        }
        Found found = known.get(caseId);
        if (found == null) {
            found = readOrigin(caseId).orElse(null);
        } else if (found.origin().type() == CaseType.INCIDENT) {
            // transferred since, here or by another instance? (decision 0055)
            found = follow(events.readEvents(caseId, found.readTo() + 1), found);
        }
        if (found != null) {
            known.put(caseId, found);
        }
        return Optional.ofNullable(found).map(Found::origin).filter(origin -> origin.type() == type);
    }

    private static String idOf(IncidentId id) {
        return id == null ? null : id.value();
    }

    private Optional<Found> readOrigin(String caseId) {
        // from sequence 0, which skips snapshots: only the first event says where the case belongs
        DomainEventStream stream = events.readEvents(caseId, 0);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        DomainEventMessage<?> first = stream.next();
        if (first.getSequenceNumber() != 0) {
            return Optional.empty();
        }
        Object payload = first.getPayload();
        if (payload instanceof IncidentLogged logged) {
            Set<String> subjects = logged.people() == null ? Set.of() : logged.people().stream()
                    .map(Person::conflictedUsername).filter(Objects::nonNull).collect(Collectors.toSet());
            return Optional.of(follow(stream, new Found(new CaseOrigin(CaseType.INCIDENT, logged.settingId(),
                    logged.reportedBy(), null, subjects), 0)));
        }
        if (payload instanceof DisciplinaryCaseOpened opened) {
            return Optional.of(new Found(new CaseOrigin(CaseType.DISCIPLINARY, opened.settingId(),
                    opened.openedBy(), idOf(opened.linkedIncidentId()),
                    opened.employeeUsername() == null ? Set.of() : Set.of(opened.employeeUsername())), 0));
        }
        if (payload instanceof ComplaintReceived received) {
            return Optional.of(new Found(new CaseOrigin(CaseType.COMPLAINT, received.settingId(),
                    received.receivedBy(), idOf(received.linkedIncidentId()), Set.of()), 0));
        }
        if (payload instanceof RegisterRecordStarted started) { // a register's record (decision 0050)
            return Optional.of(new Found(new CaseOrigin(started.recordType(), started.settingId(),
                    started.startedBy(), null, started.subjects()), 0));
        }
        return Optional.empty();
    }

    /**
     * The incident as {@code found} had it, followed through the events of {@code rest}: the receiving setting of its
     * latest transfer within the trust (decision 0055), and the last event read. Only transfers are read: the payload
     * type is known unread.
     */
    private static Found follow(DomainEventStream rest, Found found) {
        CaseOrigin origin = found.origin();
        long readTo = found.readTo();
        String transferred = IncidentTransferred.class.getName();
        while (rest.hasNext()) {
            DomainEventMessage<?> next = rest.next();
            readTo = next.getSequenceNumber();
            if (transferred.equals(next.getPayloadType().getName())
                    && next.getPayload() instanceof IncidentTransferred moved && !moved.outside()) {
                origin = new CaseOrigin(origin.type(), moved.toSettingId(), origin.startedBy(),
                        origin.linkedIncidentId(), origin.subjects());
            }
        }
        return origin == found.origin() && readTo == found.readTo() ? found : new Found(origin, readTo);
    }
}
