package uk.tidemark.app.web.disciplinary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.audit.ReadAudit;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.access.ConflictOfInterest;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.kernel.disciplinary.query.FindHrRegister;
import uk.tidemark.kernel.disciplinary.query.HrRegister;
import uk.tidemark.kernel.incident.query.ConflictedCases;

/** HR's register: the open disciplinary cases and the live written warnings with their expiry. */
@RestController
@Tag(name = "Disciplinary cases")
class HrRegisterController {

    private final QueryGateway queries;
    private final AccessScope scope;
    private final ConflictOfInterest conflicts;
    private final ReadAudit reads;

    HrRegisterController(QueryGateway queries, AccessScope scope, ConflictOfInterest conflicts, ReadAudit reads) {
        this.queries = queries;
        this.scope = scope;
        this.conflicts = conflicts;
        this.reads = reads;
    }

    @GetMapping("/api/hr-register")
    @Operation(summary = "Open disciplinary cases, and live written warnings soonest expiry first, in your settings; "
            + "never a case opened from an incident you are a subject of.")
    @CaseDataRead
    HrRegister register(@Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        HrRegister found = queries.query(new FindHrRegister(scope.settingIdsOf(user)),
                ResponseTypes.instanceOf(HrRegister.class)).join();
        ConflictedCases hidden = conflicts.hiddenFrom(user);
        HrRegister register = new HrRegister(
                found.openCases().stream().filter(c -> !hidden.hides(c.caseId(), c.linkedIncidentId())).toList(),
                found.liveWarnings().stream().filter(w -> !hidden.hides(w.caseId())).toList());
        reads.recordList(user, register.openCases().size() + register.liveWarnings().size());
        return register;
    }
}
