package uk.tidemark.query.complaint;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.tidemark.kernel.complaint.query.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static uk.tidemark.kernel.complaint.ComplaintStage.CLOSED;
import static uk.tidemark.kernel.complaint.ComplaintStage.WITHDRAWN;

/**
 * Answers the complaints register from the documents {@link ComplaintRegisterProjection} keeps. The list reads the
 * whole collection (the embedded store scans for any query but one by _id); complaints number in the tens or
 * hundreds per trust.
 */
@Component
public class ComplaintRegisterQueries {

    private final MongoTemplate mongo;

    public ComplaintRegisterQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    public Optional<ComplaintDetail> handle(FindComplaint query) {
        return Optional.ofNullable(mongo.findById(query.complaintId().value(), ComplaintDocument.class))
                .map(ComplaintRegisterQueries::detail);
    }

    @QueryHandler
    public Optional<ComplaintStatus> handle(FindComplaintStatus query) {
        return Optional.ofNullable(mongo.findById(query.complaintId().value(), ComplaintDocument.class))
                .map(d -> new ComplaintStatus(d.id, d.reference, d.stage));
    }

    /** Newest received first; a caller who may see no setting sees nothing. */
    @QueryHandler
    public List<ComplaintSummary> handle(FindComplaints query) {
        if (query.visibleSettingIds() != null && query.visibleSettingIds().isEmpty()) {
            return List.of();
        }
        List<Criteria> all = new ArrayList<>();
        if (query.visibleSettingIds() != null) {
            all.add(where("settingId").in(query.visibleSettingIds()));
        }
        if (query.openOnly()) {
            all.add(where("stage").nin(CLOSED, WITHDRAWN));
        }
        Query q = (all.isEmpty() ? new Query() : new Query(new Criteria().andOperator(all)))
                .with(Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.asc("_id")));
        return mongo.find(q, ComplaintDocument.class).stream()
                .map(d -> new ComplaintSummary(d.id, d.reference, d.settingId, d.channel, d.stage, d.receivedAt, date(d.nextDueBy()),
                        d.linkedIncidentId))
                .toList();
    }

    private static ComplaintDetail detail(ComplaintDocument d) {
        var f = d.formal;
        var p = d.panel;
        return new ComplaintDetail(d.id, d.reference, d.settingId, d.channel, d.complainant, d.summary, d.linkedIncidentId,
                d.receivedBy, d.receivedAt, d.stage, date(d.acknowledgeBy), d.acknowledgedAt,
                d.informal == null ? null : new ComplaintDetail.Informal(d.informal.outcome(), d.informal.resolvedAt()),
                f == null ? null : new ComplaintDetail.Formal(f.reason(), f.escalatedAt(), date(f.responseDueBy()),
                        f.findings(), f.reasons(), f.howToEscalate(), f.respondedAt()),
                p == null ? null : new ComplaintDetail.Panel(p.reason(), p.requestedAt(), date(p.dueBy()),
                        date(p.heldOn()), p.members() == null ? List.of() : List.copyOf(p.members()), p.decision(),
                        p.reasons(), p.decidedAt(), date(p.hearingOn()), Boolean.TRUE.equals(p.hearingLate())),
                d.closedAt, d.closingRationale, d.withdrawnAt, d.withdrawalReason,
                d.history == null ? List.of() : d.history.stream()
                        .map(h -> new ComplaintDetail.HistoryEntry(h.at(), h.type(), h.actor(), h.summary())).toList(),
                d.updatedAt, d.lastSequence, date(d.receivedOn));
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
