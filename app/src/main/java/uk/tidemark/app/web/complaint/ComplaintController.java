package uk.tidemark.app.web.complaint;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.*;
import uk.tidemark.app.web.page.PageForm;
import uk.tidemark.app.audit.CaseDataRead;
import uk.tidemark.app.audit.ReadAudit;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.access.ConflictOfInterest;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.cases.CaseCommands;
import uk.tidemark.app.access.CaseGate;
import uk.tidemark.app.web.cases.CreatedCaseReads;
import uk.tidemark.app.origin.CaseLocator.CaseOrigin;
import uk.tidemark.app.web.cases.IfMatch;
import uk.tidemark.app.web.cases.SettingChoice;
import uk.tidemark.app.web.complaint.ComplaintRequests.*;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.web.problem.FieldProblems;
import uk.tidemark.app.refusal.InvalidRequestException;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.kernel.complaint.ComplaintId;
import uk.tidemark.kernel.CaseType;
import uk.tidemark.kernel.letter.LetterKind;
import uk.tidemark.app.web.letter.Letters;
import uk.tidemark.app.web.page.SettingNames;
import org.springframework.beans.factory.ObjectProvider;
import uk.tidemark.command.complaint.ComplaintTimescales;
import uk.tidemark.kernel.complaint.command.*;
import uk.tidemark.kernel.complaint.query.*;
import uk.tidemark.kernel.incident.query.ConflictedCases;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Complaints under the school's complaints procedure: received (directly, or redirected from an incident),
 * acknowledged, resolved informally or taken to the formal stage and its written response, then a panel of
 * trustees or governors; closed or withdrawn. The timescales, in school days, are set by the complaint itself.
 * Handled by the safeguarding leads and the headteacher of the complaint's setting; anyone else gets 404.
 */
@RestController
@RequestMapping("/api/complaints")
@Tag(name = "Complaints", description = "The complaints procedure")
class ComplaintController {

    static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final CaseGate gate;
    private final CaseCommands commands;
    private final AccessScope scope;
    private final QueryGateway queries;
    private final ConflictOfInterest conflicts;
    private final ReadAudit reads;
    private final CreatedCaseReads created;

    private final Letters letters;
    private final ObjectProvider<ComplaintTimescales> timescales;

    ComplaintController(CaseGate gate, CaseCommands commands, AccessScope scope, QueryGateway queries,
                        ConflictOfInterest conflicts, ReadAudit reads, CreatedCaseReads created, Letters letters,
                        ObjectProvider<ComplaintTimescales> timescales) {
        this.letters = letters;
        this.timescales = timescales;
        this.created = created;
        this.gate = gate;
        this.commands = commands;
        this.scope = scope;
        this.queries = queries;
        this.conflicts = conflicts;
        this.reads = reads;
    }

    record Created(String id) {
    }

    @PostMapping(consumes = JSON)
    @Operation(summary = "Record a complaint received, on the day it reached the setting (receivedOn, today when left "
            + "out). 201 with Location and {id}.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Created> receive(@Valid @RequestBody Receive body, BindingResult binding,
                                    @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        List<FieldProblem> errors = new ArrayList<>(FieldProblems.of(binding));
        String settingId = SettingChoice.settingFor(scope, user, body.settingId(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        ComplaintId id = ComplaintId.random();
        commands.send(new ReceiveComplaint(id, settingId, body.channel(), body.complainant().strip(),
                body.summary(), null, body.receivedOn()), null);
        created.awaitComplaint(id); // read-your-writes: the Location answers 200 (bounded wait, decision 0029)
        return ResponseEntity.created(URI.create("/api/complaints/" + id.value())).body(new Created(id.value()));
    }

    @GetMapping
    @Operation(summary = "The complaints register: the complaints of your settings, newest first; open=true for "
            + "open ones only.")
    @CaseDataRead
    List<ComplaintSummary> list(@RequestParam(defaultValue = "false") boolean open,
                                @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        ConflictedCases hidden = conflicts.hiddenFrom(user);
        List<ComplaintSummary> found = queries.query(new FindComplaints(scope.settingIdsOf(user), open),
                        ResponseTypes.multipleInstancesOf(ComplaintSummary.class)).join().stream()
                .filter(c -> !hidden.hides(c.complaintId(), c.linkedIncidentId())).toList();
        reads.recordList(user, found.size());
        return found;
    }

    @GetMapping("/{id}")
    @Operation(summary = "A complaint in full, with an ETag.")
    @CaseDataRead
    ResponseEntity<ComplaintDetail> get(@PathVariable String id,
                                        @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        CaseOrigin origin = gate.requireComplaint(user, id);
        ComplaintDetail detail = queries.query(new FindComplaint(ComplaintId.of(id)),
                        ResponseTypes.optionalInstanceOf(ComplaintDetail.class)).join()
                .orElseThrow(() -> new NotFoundException(CaseGate.NO_SUCH_COMPLAINT));
        reads.record(user, CaseType.COMPLAINT, id, origin.settingId(), Map.of("view", "FULL"));
        return ResponseEntity.ok().header(HttpHeaders.ETAG, IfMatch.etag(detail.version())).body(detail);
    }

    /**
     * No body is needed; one may be sent ({@code {}}) and, like every body, is read strictly, so that a client
     * sending fields here (a status, a date) is told they change nothing rather than silently ignored.
     */
    @PostMapping(path = "/{id}/acknowledgement", consumes = JSON)
    @Operation(summary = "Record that the complainant was told the complaint was received; no body, or {}. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = ComplaintActions.ACKNOWLEDGE, command = AcknowledgeComplaint.class,
            done = "The acknowledgement is recorded.")
    void acknowledge(@PathVariable String id, @RequestBody(required = false) Acknowledgement body,
                     @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                     @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        act(user, id, ifMatch, AcknowledgeComplaint::new);
    }

    @PostMapping(path = "/{id}/informal-resolution", consumes = JSON)
    @Operation(summary = "Resolve the complaint at the informal stage. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = ComplaintActions.INFORMAL, command = ResolveInformally.class,
            done = "The informal resolution is recorded.",
            labels = {"outcome=How it was resolved"})
    void resolveInformally(@PathVariable String id, @Valid @RequestBody InformalResolution body,
                           @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                           @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        act(user, id, ifMatch, complaintId -> new ResolveInformally(complaintId, body.outcome()));
    }

    @PostMapping(path = "/{id}/formal-stage", consumes = JSON)
    @Operation(summary = "Take the complaint to the formal stage; the written response falls due. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = ComplaintActions.FORMAL, command = EscalateToFormalStage.class,
            done = "The complaint is at the formal stage.",
            labels = {"reason=Why it goes to the formal stage"})
    void formalStage(@PathVariable String id, @Valid @RequestBody FormalStage body,
                     @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                     @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        act(user, id, ifMatch, complaintId -> new EscalateToFormalStage(complaintId, body.reason()));
    }

    @PostMapping(path = "/{id}/formal-response", consumes = JSON)
    @Operation(summary = "Record the written formal response: findings, reasons and how to escalate. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = ComplaintActions.RESPONSE, command = RecordFormalResponse.class,
            done = "The written response is recorded.",
            labels = {"findings=Findings", "reasons=Reasons",
                    "howToEscalate=How the complainant can take it to a panel"})
    void formalResponse(@PathVariable String id, @Valid @RequestBody FormalResponse body,
                        @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                        @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        act(user, id, ifMatch, complaintId -> new RecordFormalResponse(complaintId, body.findings(), body.reasons(),
                body.howToEscalate()));
    }

    @PostMapping(path = "/{id}/panel-request", consumes = JSON)
    @Operation(summary = "The complainant asked for a panel; it falls due. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = ComplaintActions.PANEL_REQUEST, command = RequestPanel.class,
            done = "The request for a panel is recorded.",
            labels = {"reason=Why the complainant asked for a panel"})
    void requestPanel(@PathVariable String id, @Valid @RequestBody PanelRequest body,
                      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                      @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        act(user, id, ifMatch, complaintId -> new RequestPanel(complaintId, body.reason()));
    }

    @PostMapping(path = "/{id}/panel-hearing-date", consumes = JSON)
    @Operation(summary = "Set (or move) the day of the panel hearing, ahead of it; the hearing is then recorded as "
            + "held on or after that day. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = ComplaintActions.PANEL_DATE, command = SchedulePanelHearing.class,
            done = "The panel hearing date is set.",
            labels = {"hearingOn=Date the panel will meet"})
    void panelHearingDate(@PathVariable String id, @Valid @RequestBody PanelHearingDate body,
                          @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                          @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        act(user, id, ifMatch, complaintId -> new SchedulePanelHearing(complaintId, body.hearingOn()));
    }

    @PostMapping(path = "/{id}/panel-hearing", consumes = JSON)
    @Operation(summary = "Record the panel hearing: when, and who sat. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = ComplaintActions.PANEL_HEARING, command = RecordPanelHearing.class,
            done = "The panel hearing is recorded.",
            labels = {"heldOn=Date the panel met", "panelMembers=Panel members"})
    void panelHearing(@PathVariable String id, @Valid @RequestBody PanelHearing body,
                      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                      @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        List<String> members = body.panelMembers().stream().map(String::strip).toList();
        act(user, id, ifMatch, complaintId -> new RecordPanelHearing(complaintId, body.heldOn(), members));
    }

    @PostMapping(path = "/{id}/panel-decision", consumes = JSON)
    @Operation(summary = "Record the panel's decision. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = ComplaintActions.PANEL_DECISION, command = RecordPanelDecision.class,
            done = "The panel's decision is recorded.",
            labels = {"decision=Panel's decision", "reasons=Reasons for the panel's decision"})
    void panelDecision(@PathVariable String id, @Valid @RequestBody Decision body,
                       @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                       @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        act(user, id, ifMatch, complaintId -> new RecordPanelDecision(complaintId, body.decision(), body.reasons()));
    }

    @PostMapping(path = "/{id}/close", consumes = JSON)
    @Operation(summary = "Close the complaint with a rationale. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = ComplaintActions.CLOSE, command = CloseComplaint.class, done = "The complaint is closed.",
            labels = {"rationale=Why the complaint is closed"})
    void close(@PathVariable String id, @Valid @RequestBody Close body,
               @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
               @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        act(user, id, ifMatch, complaintId -> new CloseComplaint(complaintId, body.rationale()));
    }

    @PostMapping(path = "/{id}/withdrawal", consumes = JSON)
    @Operation(summary = "Record that the complainant withdrew the complaint. 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = ComplaintActions.WITHDRAW, command = WithdrawComplaint.class,
            done = "The complaint is recorded as withdrawn.",
            labels = {"reason=What the complainant said when withdrawing"})
    void withdraw(@PathVariable String id, @Valid @RequestBody Withdrawal body,
                  @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                  @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        act(user, id, ifMatch, complaintId -> new WithdrawComplaint(complaintId, body.reason()));
    }

    @GetMapping("/{id}/letters/{complaintLetter}") // no `produces`: a refusal answers JSON whatever was asked
    @Operation(summary = "A letter generated from the complaint, as a PDF on the trust's letterhead, from the trust's "
            + "template (decision 0049): complaint-acknowledgement, complaint-response, panel-decision. A fact the "
            + "complaint does not have yet reads [to be confirmed]. 404 for another name.")
    @CaseDataRead
    ResponseEntity<byte[]> letter(@PathVariable String id, @PathVariable String complaintLetter,
                                  @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        LetterKind kind = letterKind(complaintLetter);
        CaseOrigin origin = gate.requireComplaint(user, id);
        Letters.Letter letter = generate(user, id, kind);
        reads.record(user, CaseType.COMPLAINT, id, origin.settingId(), Map.of("view", "LETTER",
                "letter", kind.name()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + kind.slug() + ".pdf\"")
                .body(letter.pdf());
    }

    @PostMapping(path = "/{id}/letters/{complaintLetter}", consumes = JSON)
    @Operation(summary = "Record that the letter was sent: an event in the complaint's history (and its audit "
            + "entry), with the SHA-256 of the letter's text as generated now. Once what it tells has happened "
            + "(409). 204.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PageForm(value = "letter-{complaintLetter}", command = RecordComplaintLetterSent.class,
            done = "The letter is recorded as sent.")
    void letterSent(@PathVariable String id, @PathVariable String complaintLetter,
                    @Valid @RequestBody(required = false) LetterSent body,
                    @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                    @Parameter(hidden = true) @AuthenticationPrincipal TidemarkUser user) {
        LetterKind kind = letterKind(complaintLetter);
        Long expectedVersion = IfMatch.parse(ifMatch);
        gate.requireComplaint(user, id);
        Letters.Letter letter = generate(user, id, kind);
        commands.send(new RecordComplaintLetterSent(ComplaintId.of(id), kind, letter.sha256()), expectedVersion);
    }

    private Letters.Letter generate(TidemarkUser user, String id, LetterKind kind) {
        ComplaintDetail c = queries.query(new FindComplaint(ComplaintId.of(id)),
                        ResponseTypes.optionalInstanceOf(ComplaintDetail.class)).join()
                .orElseThrow(() -> new NotFoundException(CaseGate.NO_SUCH_COMPLAINT));
        return letters.generate(scope.trustOf(c.settingId()), kind, ComplaintLetters.facts(c,
                SettingNames.nameOf(scope, user, c.settingId()), user.displayName(),
                timescales.getObject().formalResponseDays(), java.time.Instant.now()));
    }

    /** A complaint's letter by its name in the path; any other name is not found. */
    static LetterKind letterKind(String slug) {
        LetterKind kind = LetterKind.ofSlug(slug);
        if (kind == null || kind.caseType() != CaseType.COMPLAINT) {
            throw new NotFoundException("There is no such letter.");
        }
        return kind;
    }

    /** If-Match is read first so that a bad header is a 400 whether or not the complaint exists. */
    private void act(TidemarkUser user, String id, String ifMatch, Function<ComplaintId, Object> command) {
        Long expectedVersion = IfMatch.parse(ifMatch);
        gate.requireComplaint(user, id);
        commands.send(command.apply(ComplaintId.of(id)), expectedVersion);
    }
}
