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
import uk.tidemark.app.security.AccessScope;
import uk.tidemark.app.security.TidemarkUser;
import uk.tidemark.kernel.disciplinary.query.FindHrRegister;
import uk.tidemark.kernel.disciplinary.query.HrRegister;

/** HR's register: the open disciplinary cases and the live written warnings with their expiry. */
@RestController
@Tag(name = "Disciplinary cases")
class HrRegisterController {

    private final QueryGateway queries;
    private final AccessScope scope;
    private final ReadAudit reads;

    HrRegisterController(QueryGateway queries, AccessScope scope, ReadAudit reads) {
        this.queries = queries;
        this.scope = scope;
        this.reads = reads;
    }

    @GetMapping("/api/hr-register")
    @Operation(summary = "Open disciplinary cases, and live written warnings soonest expiry first, in your settings.")
    @CaseDataRead
    HrRegister register(@Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        HrRegister register = queries.query(new FindHrRegister(scope.settingIdsOf(user)),
                ResponseTypes.instanceOf(HrRegister.class)).join();
        reads.recordList(user, register.openCases().size() + register.liveWarnings().size());
        return register;
    }
}
