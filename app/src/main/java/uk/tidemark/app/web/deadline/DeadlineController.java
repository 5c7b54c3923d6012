package uk.tidemark.app.web.deadline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.audit.ReadAudit;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.access.ConflictOfInterest;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.deadline.DeadlineKind;
import uk.tidemark.kernel.deadline.DeadlineStatus;
import uk.tidemark.kernel.deadline.query.DeadlineView;
import uk.tidemark.kernel.deadline.query.FindDeadlines;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The deadline board: every deadline of the cases the user may work on, soonest due first. Incident and
 * complaint deadlines are the safeguarding leads' and the headteacher's; disciplinary deadlines are HR's and
 * the headteacher's. A DSL never sees an HR deadline, even of a case they referred.
 */
@RestController
@RequestMapping("/api/deadlines")
@Tag(name = "Deadlines", description = "The deadline board")
class DeadlineController {

    private final QueryGateway queries;
    private final AccessScope scope;
    private final ConflictOfInterest conflicts;
    private final ReadAudit reads;
    private final uk.tidemark.app.origin.CaseLocator locator;

    DeadlineController(QueryGateway queries, AccessScope scope, ConflictOfInterest conflicts, ReadAudit reads,
                       uk.tidemark.app.origin.CaseLocator locator) {
        this.locator = locator;
        this.queries = queries;
        this.scope = scope;
        this.conflicts = conflicts;
        this.reads = reads;
    }

    /**
     * One deadline as the API shows it (BRIEF.md contract first, then the extras); {@code caseReference} is the
     * case's short reference (decision 0038), {@code caseSummary} the first few words of what the case is about
     * (decision 0043; null for a deadline the board has not had them for).
     */
    record DeadlineItem(String deadlineId, DeadlineKind kind, String caseId, Instant dueAt, DeadlineStatus status,
                        String ownerId, CaseType caseType, String settingId, Instant metAt, Instant missedAt,
                        String caseReference, String caseSummary) {
    }

    @GetMapping
    @Operation(summary = "Deadlines of the cases you work on, soonest due first; filter by status (PENDING, MET, "
            + "MISSED), kind, case, or mine=true for the ones you own. Never those of a case you are a subject of.")
    @CaseDataRead
    List<DeadlineItem> list(@RequestParam(required = false) DeadlineStatus status,
                            @RequestParam(required = false) DeadlineKind kind,
                            @RequestParam(required = false) String caseId,
                            @RequestParam(defaultValue = "false") boolean mine,
                            @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        return list(status == null ? null : Set.of(status), kind, caseId, mine, null, user);
    }

    /**
     * The board as the API answers it, of one type of case only when {@code caseType} is given (the page's filter),
     * and of the {@code statuses} given (null: any), so that the read is audited in the trail of exactly the cases
     * shown: an entry per case.
     */
    List<DeadlineItem> list(Set<DeadlineStatus> statuses, DeadlineKind kind, String caseId, boolean mine,
                            CaseType caseType, TidemarkUser user) {
        String blankless = caseId == null || caseId.isBlank() ? null : caseId.strip();
        DeadlineStatus status = statuses != null && statuses.size() == 1 ? statuses.iterator().next() : null;
        List<DeadlineView> found = queries.query(
                new FindDeadlines(scope.settingIdsOf(user), status, kind, blankless, mine ? user.getUsername() : null,
                        conflicts.hiddenFrom(user).all()),
                ResponseTypes.multipleInstancesOf(DeadlineView.class)).join();
        // a register's deadline is also its owner's to see: the lead of an account, who may be any member of staff
        List<DeadlineItem> items = found.stream().filter(d -> scope.mayWorkOn(user, d.caseType(), d.settingId())
                        || d.caseType().isRegister() && user.getUsername().equals(d.ownerId()))
                // never a register record's deadline to the member of staff it is about (issue 18): their own
                // low-level concerns review, even as the headteacher who would otherwise answer for it
                .filter(d -> !d.caseType().isRegister() || locator.locate(d.caseId(), d.caseType())
                        .map(o -> !o.subjects().contains(user.getUsername())).orElse(true))
                .filter(d -> statuses == null || statuses.contains(d.status()))
                .filter(d -> caseType == null || d.caseType() == caseType)
                .map(DeadlineController::item).toList();
        reads.recordCases(user, items.stream()
                        .map(d -> new ReadAudit.CaseShown(d.caseType(), d.caseId(), d.settingId())).toList(),
                Map.of("view", "DEADLINE_BOARD", "deadlines", items.size()));
        return items;
    }

    private static DeadlineItem item(DeadlineView d) {
        return new DeadlineItem(d.deadlineId(), d.kind(), d.caseId(), d.dueAt(), d.status(), d.ownerId(),
                d.caseType(), d.settingId(), d.metAt(), d.missedAt(), d.caseReference(), d.caseSummary());
    }
}
