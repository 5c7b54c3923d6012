package uk.tidemark.app.audit;

import org.springframework.stereotype.Component;
import uk.tidemark.app.security.TidemarkUser;
import uk.tidemark.kernel.deadline.CaseType;

import java.util.Map;

/**
 * The read audit, fail closed: a controller that returns case data calls {@link #record} after it has decided
 * the user may see the data and before it returns it. The entry is committed before the call returns; if it
 * cannot be, the call throws {@link AuditUnavailableException}, and the request answers 500 with no data.
 * Handler methods that return case data are marked {@link CaseDataRead}, and {@link ReadAuditGuard} refuses to
 * write the body of one that did not record its read.
 */
@Component
public class ReadAudit {

    private final AuditLog log;

    public ReadAudit(AuditLog log) {
        this.log = log;
    }

    /** A read of one case. {@code details}: ids, types and counts only, never case content. */
    public void record(TidemarkUser user, CaseType caseType, String caseId, String settingId, Map<String, ?> details) {
        append(user, caseType, caseId, settingId, details);
    }

    /** A read of a list or register (no one case): how many items it returned. */
    public void recordList(TidemarkUser user, long results) {
        append(user, null, null, null, Map.of("results", results));
    }

    private void append(TidemarkUser user, CaseType caseType, String caseId, String settingId, Map<String, ?> details) {
        try {
            log.append(new AuditLog.NewEntry(log.now(), AuditKind.READ, user.getUsername(), caseType, caseId,
                    settingId, AuditRequests.endpoint(), details, null));
        } catch (RuntimeException e) {
            throw new AuditUnavailableException(e);
        }
        AuditRequests.mark(AuditRequests.READ_RECORDED);
    }
}
