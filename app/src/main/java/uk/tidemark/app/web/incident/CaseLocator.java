package uk.tidemark.app.web.incident;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.incident.event.IncidentLogged;

import java.util.Optional;

/**
 * Where a case belongs and who reported it, read from the case's first event in the event store. Actions are
 * authorised from here rather than from the read model, which may not have caught up with a case logged a few
 * milliseconds ago: a DSL acting at once on a fresh case must not be told it does not exist.
 */
@Component
class CaseLocator {

    /** The facts of a case that decide who may see it; they never change after it is logged. */
    record CaseOrigin(String settingId, String reportedBy) {
    }

    private final EventStore events;

    CaseLocator(EventStore events) {
        this.events = events;
    }

    /** Empty when no case has this id (including ids of other kinds of aggregate). */
    Optional<CaseOrigin> locate(String incidentId) {
        // from sequence 0, which skips snapshots: only the logging event says where the case belongs
        DomainEventStream stream = events.readEvents(incidentId, 0);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        DomainEventMessage<?> first = stream.next();
        if (first.getSequenceNumber() == 0 && first.getPayload() instanceof IncidentLogged logged) {
            return Optional.of(new CaseOrigin(logged.settingId(), logged.reportedBy()));
        }
        return Optional.empty();
    }
}
