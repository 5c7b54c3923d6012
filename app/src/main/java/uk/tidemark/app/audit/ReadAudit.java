package uk.tidemark.app.audit;

import org.springframework.stereotype.Component;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.kernel.CaseType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read audit, fail closed: a controller that returns case data calls {@link #record} after it has decided
 * the user may see the data and before it returns it. The entry is committed before the call returns; if it
 * cannot be, the call throws {@link AuditUnavailableException}, and the request answers 500 with no data.
 * Handler methods that return case data are marked {@link CaseDataRead}, and {@code ReadAuditGuard} refuses to
 * write the body of one that did not record its read.
 */
@Component
public class ReadAudit {

    /** One case a read showed: its entry is filed under the case, so that the case's trail finds the read. */
    public record CaseShown(CaseType caseType, String caseId, String settingId) {
    }

    private final AuditLog log;

    public ReadAudit(AuditLog log) {
        this.log = log;
    }

    /** A read of one case. {@code details}: ids, types and counts only, never case content. */
    public void record(TidemarkUser user, CaseType caseType, String caseId, String settingId, Map<String, ?> details) {
        append(List.of(entry(user, caseType, caseId, settingId, details)));
    }

    /** A read of a list or register (no one case): how many items it returned. */
    public void recordList(TidemarkUser user, long results) {
        append(List.of(entry(user, null, null, null, Map.of("results", results))));
    }

    /**
     * A read that showed several cases at once (a person's chronology, the deadline board): one entry per case, each
     * filed under its case, type and setting, so that {@code GET /api/audit?caseId=} finds the read in every case
     * it revealed and each reader of the trail sees only the entries of the cases they may see. All are committed
     * together, or none. A read that showed no case is one entry, as a list's.
     *
     * @param details the same for every entry (ids and counts only); each also says how many cases the read showed
     */
    public void recordCases(TidemarkUser user, List<CaseShown> cases, Map<String, ?> details) {
        List<CaseShown> distinct = cases.stream().distinct().toList();
        if (distinct.isEmpty()) {
            Map<String, Object> none = new LinkedHashMap<>(details);
            none.put("results", 0);
            append(List.of(entry(user, null, null, null, none)));
            return;
        }
        Map<String, Object> each = new LinkedHashMap<>(details);
        each.put("cases", distinct.size());
        List<AuditLog.NewEntry> entries = new ArrayList<>(distinct.size());
        for (CaseShown shown : distinct) {
            entries.add(entry(user, shown.caseType(), shown.caseId(), shown.settingId(), each));
        }
        append(entries);
    }

    private AuditLog.NewEntry entry(TidemarkUser user, CaseType caseType, String caseId, String settingId,
                                    Map<String, ?> details) {
        return new AuditLog.NewEntry(log.now(), AuditKind.READ, user.getUsername(), caseType, caseId, settingId,
                AuditRequests.endpoint(), details, null);
    }

    private void append(List<AuditLog.NewEntry> entries) {
        try {
            log.append(entries);
        } catch (RuntimeException e) {
            throw new AuditUnavailableException(e);
        }
        AuditRequests.mark(AuditRequests.READ_RECORDED);
    }
}
