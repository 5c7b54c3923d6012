package uk.tidemark.app.web.incident;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.incident.event.IncidentLogged;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /**
     * A case's origin never changes once logged, so found origins are kept (bounded, least recently used
     * first out): it saves reading the event stream a second time on every action. Unknown ids are not kept.
     */
    private static final int CACHED_CASES = 10_000;

    private final EventStore events;
    private final Map<String, CaseOrigin> known = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, CaseOrigin> eldest) {
                    return size() > CACHED_CASES;
                }
            });

    CaseLocator(EventStore events) {
        this.events = events;
    }

    /** Empty when no case has this id (including ids of other kinds of aggregate). */
    Optional<CaseOrigin> locate(String incidentId) {
        CaseOrigin cached = known.get(incidentId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<CaseOrigin> origin = readOrigin(incidentId);
        origin.ifPresent(o -> known.put(incidentId, o));
        return origin;
    }

    private Optional<CaseOrigin> readOrigin(String incidentId) {
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
