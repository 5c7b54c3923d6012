package uk.tidemark.app.web.register.lowlevel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.*;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.AccessAudit;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.audit.ReadAudit;
import uk.tidemark.app.origin.CaseLocator;
import uk.tidemark.app.origin.CaseLocator.CaseOrigin;
import uk.tidemark.app.refusal.ForbiddenException;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.app.web.cases.CaseCommands;
import uk.tidemark.app.web.cases.IfMatch;
import uk.tidemark.app.web.page.PageForm;
import uk.tidemark.app.web.validation.Chars;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.lowlevel.LowLevelConcernsId;
import uk.tidemark.kernel.lowlevel.ReviewOutcome;
import uk.tidemark.kernel.lowlevel.command.RecordLowLevelConcernReview;
import uk.tidemark.kernel.lowlevel.query.FindLowLevelConcerns;
import uk.tidemark.kernel.lowlevel.query.FindLowLevelConcernsRecord;
import uk.tidemark.kernel.lowlevel.query.LowLevelConcernsView;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static uk.tidemark.app.web.validation.Limits.REQUIRED;
import static uk.tidemark.app.web.validation.Limits.TEXT;

/**
 * The low-level concerns register (KCSIE Part 4): per member of staff per setting, each incident triaged onto the
 * low-level concern route. Seen by the setting's headteacher and HR only, and never by the member of staff it is
 * about, even as headteacher (404, as for an unknown id); a review the pattern prompted is recorded here.
 */
@RestController
@RequestMapping("/api/low-level-concerns")
@Tag(name = "Low-level concerns", description = "The low-level concerns register (KCSIE Part 4)")
class LowLevelConcernController {

    static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    static final String NO_SUCH_RECORD = "There is no low-level concerns record with this id.";

    private final CaseLocator locator;
    private final AccessScope scope;
    private final QueryGateway queries;
    private final CaseCommands commands;
    private final ReadAudit reads;
    private final AccessAudit denials;

    LowLevelConcernController(CaseLocator locator, AccessScope scope, QueryGateway queries, CaseCommands commands,
                              ReadAudit reads, AccessAudit denials) {
        this.locator = locator;
        this.scope = scope;
        this.queries = queries;
        this.commands = commands;
        this.reads = reads;
        this.denials = denials;
    }

    record Review(@NotNull(message = REQUIRED) ReviewOutcome outcome,
                  @NotBlank(message = REQUIRED) @Chars(max = TEXT) String notes) {
    }

    @GetMapping
    @Operation(summary = "The register of the settings you keep it for (headteacher, HR): one record per member of "
            + "staff with concerns, by name; never your own. 403 for other roles.")
    @CaseDataRead
    List<LowLevelConcernsView> list(@Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        if (!AccessScope.isHrWorker(user)) {
            throw new ForbiddenException("The low-level concerns register is the headteacher's and HR's.");
        }
        Set<String> kept = scope.settingIdsOf(user).stream()
                .filter(s -> scope.mayWorkOn(user, CaseType.LOW_LEVEL_CONCERN, s)).collect(Collectors.toSet());
        List<LowLevelConcernsView> found = queries.query(new FindLowLevelConcerns(kept, user.getUsername()),
                ResponseTypes.multipleInstancesOf(LowLevelConcernsView.class)).join();
        reads.recordList(user, found.size());
        return found;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One member of staff's low-level concerns, with an ETag. 404 for the member of staff "
            + "themselves, and for anyone but the setting's headteacher and HR.")
    @CaseDataRead
    ResponseEntity<LowLevelConcernsView> get(@PathVariable String id,
                                             @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        CaseOrigin origin = require(user, id);
        LowLevelConcernsView view = find(id);
        reads.record(user, CaseType.LOW_LEVEL_CONCERN, id, origin.settingId(), Map.of("view", "FULL"));
        return ResponseEntity.ok().header(HttpHeaders.ETAG, IfMatch.etag(view.version())).body(view);
    }

    @PostMapping(path = "/{id}/review", consumes = JSON)
    @Operation(summary = "Record the review the pattern prompted: outcome (NO_FURTHER_ACTION, "
            + "CONVERSATION_WITH_STAFF, HARM_THRESHOLD_REFERRAL, HR_PROCESS) and notes; the deadline is met. 204; "
            + "409 when no review is due.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = LowLevelConcernPages.REVIEW, command = RecordLowLevelConcernReview.class,
            done = "The review is recorded.", labels = {"outcome=Outcome", "notes=Notes"})
    void review(@PathVariable String id, @Valid @RequestBody Review body,
                @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        Long expected = IfMatch.parse(ifMatch);
        require(user, id);
        commands.send(new RecordLowLevelConcernReview(LowLevelConcernsId.of(id), body.outcome(),
                body.notes().strip()), expected);
    }

    /** The record, when the user keeps the register of its setting and is not the member of staff; 404 otherwise. */
    CaseOrigin require(TidemarkUser user, String id) {
        CaseOrigin origin = locator.locate(id, CaseType.LOW_LEVEL_CONCERN)
                .orElseThrow(() -> new NotFoundException(NO_SUCH_RECORD));
        if (!scope.mayWorkOn(user, CaseType.LOW_LEVEL_CONCERN, origin.settingId())
                || origin.subjects().contains(user.getUsername())) {
            denials.caseHidden(user, CaseType.LOW_LEVEL_CONCERN, id, origin.settingId());
            throw new NotFoundException(NO_SUCH_RECORD);
        }
        return origin;
    }

    LowLevelConcernsView find(String id) {
        return queries.query(new FindLowLevelConcernsRecord(LowLevelConcernsId.of(id)),
                        ResponseTypes.optionalInstanceOf(LowLevelConcernsView.class)).join()
                .orElseThrow(() -> new NotFoundException(NO_SUCH_RECORD));
    }
}
