package uk.tidemark.app.web.cases;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.tidemark.app.web.page.ReadCatchUp;
import uk.tidemark.kernel.complaint.ComplaintId;
import uk.tidemark.kernel.complaint.query.ComplaintDetail;
import uk.tidemark.kernel.complaint.query.FindComplaint;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;
import uk.tidemark.kernel.disciplinary.query.DisciplinaryCaseDetail;
import uk.tidemark.kernel.disciplinary.query.FindDisciplinaryCase;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.query.FindIncident;
import uk.tidemark.kernel.incident.query.IncidentDetail;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Read-your-writes for the API's creates (decision 0029): a create answers its 201 once the case it made can be
 * read at its {@code Location} as stored, as the pages wait before they redirect ({@link ReadCatchUp}). As stored:
 * a creation may store several events (the report and its first-response deadline), and a read model that holds
 * only the first shows a version the case has already passed, so an action sent at once with that version as its
 * If-Match would be refused as stale; the wait is for the read model's version to reach the event store's. The read side
 * follows the event store by milliseconds, but not right after a start (the processors claim their segments, the
 * case list index loads) nor when it is far behind: then the wait ends at {@code tidemark.api.create-read-wait} and
 * the 201 is answered anyway (the case is stored; its read follows), which is logged. Only to wait: nothing read
 * here is shown to anyone, so it is not a read to audit.
 */
@Component
public class CreatedCaseReads {

    private static final Logger log = LoggerFactory.getLogger(CreatedCaseReads.class);

    private final QueryGateway queries;
    private final EventStore events;
    private final Duration bound;

    CreatedCaseReads(QueryGateway queries, EventStore events,
                     @Value("${tidemark.api.create-read-wait:5s}") Duration bound) {
        this.queries = queries;
        this.events = events;
        this.bound = bound;
    }

    public void awaitIncident(IncidentId id) {
        await(CaseType.INCIDENT, id.value(), () -> {
            IncidentDetail detail = queries.query(new FindIncident(id), ResponseTypes.instanceOf(IncidentDetail.class))
                    .join();
            return detail == null ? -1 : detail.version();
        });
    }

    public void awaitComplaint(ComplaintId id) {
        await(CaseType.COMPLAINT, id.value(), () -> queries.query(new FindComplaint(id),
                        ResponseTypes.optionalInstanceOf(ComplaintDetail.class)).join()
                .map(ComplaintDetail::version).orElse(-1L));
    }

    public void awaitDisciplinary(DisciplinaryCaseId id) {
        await(CaseType.DISCIPLINARY, id.value(), () -> queries.query(new FindDisciplinaryCase(id),
                        ResponseTypes.optionalInstanceOf(DisciplinaryCaseDetail.class)).join()
                .map(DisciplinaryCaseDetail::version).orElse(-1L));
    }

    private void await(CaseType type, String id, LongSupplier version) {
        if (bound.isZero() || bound.isNegative()) {
            return;
        }
        long stored = events.lastSequenceNumberFor(id).orElse(0L);
        // a read that fails is "not yet": the case is stored, and the create must answer 201 whatever the read side
        boolean readable = ReadCatchUp.awaitAbove(() -> {
            try {
                return version.getAsLong();
            } catch (RuntimeException notYet) {
                return -1;
            }
        }, stored - 1, bound);
        if (!readable) {
            log.warn("A new {} case was not read as stored within {}; answered 201 anyway", type, bound);
        }
    }
}
