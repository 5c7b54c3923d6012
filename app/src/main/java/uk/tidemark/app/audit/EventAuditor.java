package uk.tidemark.app.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import uk.tidemark.app.origin.CaseLocator;
import uk.tidemark.app.origin.CaseLocator.CaseOrigin;
import uk.tidemark.kernel.Meta;
import uk.tidemark.kernel.complaint.event.ComplaintEvent;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.register.RegisterEvent;
import uk.tidemark.kernel.deadline.event.DeadlineEvent;
import uk.tidemark.kernel.disciplinary.event.DisciplinaryEvent;
import uk.tidemark.kernel.incident.event.CaseBundleExported;
import uk.tidemark.kernel.incident.event.IncidentEvent;
import uk.tidemark.kernel.report.QuarterlyReportPublished;
import uk.tidemark.kernel.sar.event.SubjectAccessReleased;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One EVENT entry in the audit trail for every event in the event store, in the store's order: who (the actor
 * metadata), what (the event's type), when (the event's time), which case and setting — and nothing of the
 * event's content.
 *
 * <p>Its own processing group, one segment on one thread, so the order is the event store's. The entries of one
 * batch of events are appended together, in one transaction, just before the batch's unit of work commits: a
 * failure fails the batch, which the processor retries (the error handler propagates, see {@link AuditConfig}),
 * so no event goes unaudited. A redelivered event finds its entry by the event's identifier and adds nothing;
 * {@code @DisallowReplay} keeps a reset of the tokens from appending the past again, and makes the processor
 * one that the administrators' rebuild refuses.
 */
@Component
@ProcessingGroup(EventAuditor.PROCESSING_GROUP)
@DisallowReplay
class EventAuditor {

    static final String PROCESSING_GROUP = "audit";
    private static final String BATCH = EventAuditor.class.getName() + ".batch";

    private final AuditLog log;
    private final CaseLocator locator;

    EventAuditor(AuditLog log, CaseLocator locator) {
        this.log = log;
        this.locator = locator;
    }

    @EventHandler
    public void on(Object payload, EventMessage<?> event) {
        batch().add(entry(payload, event));
    }

    private AuditLog.NewEntry entry(Object payload, EventMessage<?> event) {
        CaseType type = caseType(payload);
        String caseId = caseId(payload, event);
        String settingId = type == null || caseId == null ? null
                : locator.locate(caseId, type).map(CaseOrigin::settingId).orElse(null);
        Map<String, Object> details = new LinkedHashMap<>();
        if (event instanceof DomainEventMessage<?> domain) {
            details.put("sequence", domain.getSequenceNumber());
        }
        if (payload instanceof DeadlineEvent deadline) {
            details.put("deadlineKind", deadline.kind().name());
        }
        if (payload instanceof QuarterlyReportPublished published) { // who published which version (issue 17)
            details.put("publication", published.publicationId());
            details.put("version", published.version());
            details.put("year", published.quarter().year());
            details.put("quarter", published.quarter().quarter());
        }
        if (payload instanceof SubjectAccessReleased released) { // the bundle as released (decision 0053)
            details.put("pdfSha256", released.pdfSha256());
            details.put("jsonSha256", released.jsonSha256());
        }
        if (payload instanceof CaseBundleExported exported) { // the bundle as exported (decision 0054)
            details.put("bundleId", exported.bundleId());
            details.put("sha256", exported.sha256());
            details.put("manifestSha256", exported.manifestSha256());
        }
        Object actor = event.getMetaData().get(Meta.ACTOR);
        return new AuditLog.NewEntry(event.getTimestamp(), AuditKind.EVENT, actor == null ? null : actor.toString(),
                type, caseId, settingId, payload.getClass().getSimpleName(), details, event.getIdentifier());
    }

    /** The entries of the current batch, appended just before it commits. */
    private List<AuditLog.NewEntry> batch() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.getOrComputeResource(BATCH, key -> {
            List<AuditLog.NewEntry> entries = new ArrayList<>();
            unitOfWork.onPrepareCommit(u -> log.append(entries));
            return entries;
        });
    }

    private static CaseType caseType(Object payload) {
        if (payload instanceof DeadlineEvent deadline) {
            return deadline.caseType();
        }
        if (payload instanceof IncidentEvent) {
            return CaseType.INCIDENT;
        }
        if (payload instanceof DisciplinaryEvent) {
            return CaseType.DISCIPLINARY;
        }
        if (payload instanceof ComplaintEvent) {
            return CaseType.COMPLAINT;
        }
        if (payload instanceof RegisterEvent e) {
            return e.recordType();
        }
        return null;
    }

    private static String caseId(Object payload, EventMessage<?> event) {
        if (payload instanceof DeadlineEvent deadline) {
            return deadline.caseId();
        }
        if (payload instanceof IncidentEvent e) {
            return e.incidentId().value();
        }
        if (payload instanceof DisciplinaryEvent e) {
            return e.caseId().value();
        }
        if (payload instanceof ComplaintEvent e) {
            return e.complaintId().value();
        }
        if (payload instanceof RegisterEvent e) {
            return e.recordId();
        }
        return event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
    }
}
