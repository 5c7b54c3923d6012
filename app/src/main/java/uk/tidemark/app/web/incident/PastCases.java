package uk.tidemark.app.web.incident;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.tidemark.app.access.IncidentAccess;
import uk.tidemark.app.account.DisplayNames;
import uk.tidemark.app.audit.CaseReads;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.web.incident.IncidentViews.CaseView;
import uk.tidemark.app.web.incident.IncidentViews.ChronologyView;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.query.ChronologyEntry;
import uk.tidemark.kernel.incident.query.FindIncidentAsOf;
import uk.tidemark.kernel.incident.query.FindIncidentChronologyAsOf;
import uk.tidemark.kernel.incident.query.IncidentDetail;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The case as it stood at a moment, and who had read it by then (issue 20, decision 0056), for
 * {@link IncidentController}, which decides on the case as it is now whether the user may see it at all, and records
 * the read. The case and its chronology are folded from its events by the query side ({@code CaseAsOf}); the readers
 * come from the read audit ({@link CaseReads}).
 */
@Component
class PastCases {

    static final String AS_OF = "asOf";

    /** One read of the case by then: who (username and name) and when. */
    record ReaderView(String user, String name, Instant at) {
    }

    @Schema(description = "The case as its events up to asOf made it, and the reads of it the audit trail recorded by "
            + "then, oldest first.")
    record PastCaseView(@JsonUnwrapped CaseView view, Instant asOf, List<ReaderView> readBy) {
    }

    @Schema(description = "The chronology as the case's events up to asOf made it, oldest first.")
    record PastChronologyView(Instant asOf, List<ChronologyView> entries) {
    }

    private final QueryGateway queries;
    private final CaseReads reads;
    private final DisplayNames names;
    private final Clock clock;

    PastCases(QueryGateway queries, CaseReads reads, DisplayNames names) {
        this.queries = queries;
        this.reads = reads;
        this.names = names;
        this.clock = Clock.systemUTC();
    }

    /** The moment asked for: an ISO instant that has passed, else the 400 naming {@value #AS_OF}. */
    Instant moment(String asOf) {
        Instant moment;
        try {
            moment = Instant.parse(asOf.strip());
        } catch (DateTimeParseException unreadable) {
            throw new InvalidRequestException(List.of(new FieldProblem(AS_OF,
                    "must be a moment such as 2026-11-20T10:00:00Z.")));
        }
        if (moment.isAfter(clock.instant())) {
            throw new InvalidRequestException(List.of(new FieldProblem(AS_OF, "must not be in the future.")));
        }
        return moment;
    }

    /** The case as it stood; the unknown id's 404 when it did not exist yet. */
    IncidentDetail detail(String id, Instant moment) {
        IncidentDetail then = queries.query(new FindIncidentAsOf(IncidentId.of(id), moment),
                ResponseTypes.instanceOf(IncidentDetail.class)).join();
        if (then == null) {
            throw IncidentAccess.notFound();
        }
        return then;
    }

    /** What had happened by the moment, oldest first; the unknown id's 404 when the case did not exist yet. */
    List<ChronologyView> chronology(String id, Instant moment) {
        List<ChronologyView> entries = queries.query(new FindIncidentChronologyAsOf(IncidentId.of(id), moment),
                        ResponseTypes.multipleInstancesOf(ChronologyEntry.class)).join()
                .stream().map(IncidentViews::chronology).toList();
        if (entries.isEmpty()) {
            throw IncidentAccess.notFound();
        }
        return entries;
    }

    /** The reads of the case the audit trail recorded up to and including the moment, oldest first. */
    List<ReaderView> readBy(String id, Instant moment) {
        return reads.upTo(CaseType.INCIDENT, id, moment).stream()
                .map(r -> new ReaderView(r.user(), names.of(r.user()), r.at())).toList();
    }
}
